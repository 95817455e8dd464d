package org.jkeepalived.mibs.config;

/**
 * A track_file: the file whose number is read, the default weight (1) and the optional
 * initialisation ({@code init_file [VALUE] [overwrite]}).
 */
public record TrackFileConfig(
    String name,
    String file,
    int weight,
    boolean reverse,
    boolean initFile,
    long initValue,
    boolean initOverwrite) {}
