/**
 * The object store: the hub and the only shared state of jkeepalived (DESIGN.md, STYLE.md rules
 * 4 to 7).
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>A table ({@link org.jkeepalived.mibs.store.TableId}) holds rows keyed by their MIB
 *       {@link org.jkeepalived.mibs.store.Index}, in OID order. Each row has two independent
 *       halves ({@link org.jkeepalived.mibs.store.Part}): config (operator intent, written by the
 *       config loader, a reload or an SNMP SET) and state (written only by the owning engine). Rows
 *       are immutable records.
 *   <li>The whole store at one version is one immutable root. Each half of each table is a
 *       {@link org.jkeepalived.mibs.store.PersistentSortedMap} (a path-copying AVL tree), so a
 *       commit costs O(log n) per changed row and shares everything else with the previous
 *       version. {@link org.jkeepalived.mibs.store.ObjectStore#snapshot()} returns the current
 *       root: lock-free, O(1), never blocks a writer and never changes. Its table views are
 *       {@link java.util.NavigableMap}s whose {@code higherKey}/{@code tailMap} serve GETNEXT in
 *       O(log n).
 *   <li>A view table ({@link org.jkeepalived.mibs.store.TableId#view}) stores only config rows;
 *       each snapshot computes its state part from that snapshot's other tables (the RFC 2787 and
 *       RFC 6527 views show their vrrp_instance's state). Nothing writes a view's state, so a
 *       change to the source is one commit and one event, and no reader sees the two disagree.
 *   <li>Every change is a {@link org.jkeepalived.mibs.store.Transaction}, whatever its
 *       {@link org.jkeepalived.mibs.store.Origin}: collect puts/removes (or whole-table
 *       {@code replaceConfigs}/{@code replaceStates} for reload diffs and engine snapshots), then
 *       two phases as in SNMP4J-Agent and FRR's northbound: {@code validate()} asks the
 *       {@link org.jkeepalived.mibs.store.Validator}s of every row the transaction really changes
 *       and returns the first {@link org.jkeepalived.mibs.store.Refusal} (its
 *       {@link org.jkeepalived.mibs.store.SetError} is the SNMP error-status); {@code commit()}
 *       re-resolves and re-validates against the then-current root under the single writer lock
 *       and applies all or nothing.
 *   <li>Change-only events (ONOS): the store compares each put with the current row by
 *       {@code equals}; only real changes become {@link org.jkeepalived.mibs.store.StoreEvent}s and
 *       bump the version. A put equal to the current row, or a removal of an absent one, emits
 *       nothing, so publishers may hand over whatever they see.
 *   <li>Events of one commit are split by {@link org.jkeepalived.mibs.store.Domain}. Each domain
 *       has one ordered loop thread ({@code store-<domain>}) that forwards each commit's batch to
 *       every listener's own queue and thread ({@code store-<domain>-<listener>}). Commit only
 *       queues; a listener that throws is logged and keeps receiving; one that is slow delays only
 *       itself and is reported by a watchdog ({@link org.jkeepalived.mibs.store.ListenerStats}).
 * </ul>
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * ObjectStore store = new DefaultObjectStore();
 * store.addValidator(VRRP_INSTANCE, priorityRange);        // the owning engine's veto
 * store.subscribe(Domain.VRRP, "traps", trapSender);       // management listens
 * store.begin(Origin.RELOAD).replaceConfigs(VRRP_INSTANCE, parsed).commit();
 * store.begin(Origin.ENGINE).putState(VRRP_INSTANCE, idx, newState).commit();
 * StoreSnapshot s = store.snapshot();                     // the agent reads
 * }</pre>
 */
package org.jkeepalived.mibs.store;
