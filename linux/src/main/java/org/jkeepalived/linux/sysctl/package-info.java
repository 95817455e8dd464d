/** Kernel parameters under /proc/sys behind a small port ({@link org.jkeepalived.linux.sysctl.Sysctl}). */
package org.jkeepalived.linux.sysctl;
