/**
 * A net-snmp snmptrapd as a notification sink for tests ({@link
 * org.jkeepalived.test.snmp.TrapSink}), its output parsed into {@link
 * org.jkeepalived.test.snmp.TrapRecord}s.
 */
package org.jkeepalived.test.snmp;
