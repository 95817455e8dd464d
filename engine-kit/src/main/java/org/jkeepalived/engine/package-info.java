/**
 * The engine kit: the contract every protocol engine fills in ({@link
 * org.jkeepalived.engine.Engine}, made by an {@link org.jkeepalived.engine.EngineFactory}) and the
 * generic parts every engine is built from. An engine depends on this module, on {@code mibs} and
 * on {@code linux}, never on another engine.
 */
package org.jkeepalived.engine;
