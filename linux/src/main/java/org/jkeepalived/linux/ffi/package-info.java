/**
 * The jnr-ffi libc binding and the thin, errno-checked helpers the kernel adapters are built on.
 * {@link org.jkeepalived.linux.ffi.Native#isAvailable()} says whether any of it can run here.
 */
package org.jkeepalived.linux.ffi;
