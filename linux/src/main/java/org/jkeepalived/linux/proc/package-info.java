/**
 * Running scripts as keepalived does: command-line splitting ({@link
 * org.jkeepalived.linux.proc.CommandLine}), user/group resolution ({@link
 * org.jkeepalived.linux.proc.Accounts}), the script-security check ({@link
 * org.jkeepalived.linux.proc.ScriptFileSecurity}) and the asynchronous runner with timeouts ({@link
 * org.jkeepalived.linux.proc.ScriptRunner}, which uses util-linux {@code setpriv}).
 */
package org.jkeepalived.linux.proc;
