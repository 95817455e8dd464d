/**
 * The engine kit: the contract every protocol engine fills in ({@link
 * org.jkeepalived.engine.Engine}, made by an {@link org.jkeepalived.engine.EngineFactory}) and the
 * generic parts every engine is built from. An engine depends on this module, on {@code mibs} and
 * on {@code linux}, never on another engine. This page is how an engine plugs in; the VRRP engine
 * ({@code org.jkeepalived.vrrp.service.VrrpEngine}) is built this way, and the LVS and BFD engines
 * follow it so that whoever has read one finds the same parts under the same names in the others.
 *
 * <h2>What an engine reads and writes</h2>
 *
 * <p>The object store ({@code org.jkeepalived.mibs.store.ObjectStore}) is the only thing an engine
 * shares. Rows are keyed by their MIB index ({@code Index}); each table ({@code
 * org.jkeepalived.mibs.model.Tables}) belongs to one event {@code Domain}: VRRP, CHECK (the LVS
 * virtual and real servers), BFD.
 *
 * <ul>
 *   <li><b>Reads</b> the config part of its own tables: what the operator asked for, put there by
 *       the config load, a reload diff or an SNMP SET (VRRP: {@code VRRP_INSTANCE}, the sync
 *       group, tracker and static route tables). It never writes config.
 *   <li><b>Writes</b> the state part of those same tables, with {@code Origin.ENGINE}: what it
 *       observes (VRRP: the instance's state, master, counters). Only the owning engine writes its
 *       state columns; a notifier, a trap or another engine learns of them as store events.
 *   <li><b>Never</b> calls another engine: BFD reaches VRRP's {@code track_bfd} and the checkers'
 *       {@code BFD_CHECK} as a state row that those engines follow like any other row.
 * </ul>
 *
 * <h2>The parts, where they live</h2>
 *
 * <ul>
 *   <li>{@link org.jkeepalived.engine.loop.LoopScheduler}: the engine's one thread. Every piece of
 *       engine code runs on it, so nothing needs a lock; time is {@link
 *       org.jkeepalived.engine.loop.Scheduler#now()}, never the wall clock. Build it with {@code
 *       new LoopScheduler("bfd", context::loopFailed)} so that an error escaping a task reaches
 *       the host, which restarts the engine from the store. {@link
 *       org.jkeepalived.engine.loop.PollLoop} keeps the same contract and also reads watched
 *       descriptors on its own thread ({@link org.jkeepalived.engine.loop.DescriptorWatcher}):
 *       the VRRP engine's loop, which reads its raw sockets itself, as keepalived's one thread
 *       does (a thread hand-over per advert was half of a 500-instance backup's CPU).
 *   <li>{@link org.jkeepalived.engine.io.ReaderThread}: one daemon thread per blocking socket; it
 *       only receives and hops to the loop ({@code loop.execute(() -> handle(datagram))}). The
 *       decoding and all protocol decisions happen on the loop.
 *   <li>{@link org.jkeepalived.engine.script.ScriptExecutor}: runs a script as its configured user
 *       with a timeout and reports a {@link org.jkeepalived.engine.script.ScriptOutcome} (on any
 *       thread: hop to the loop); {@link org.jkeepalived.engine.script.ScriptRunnerExecutor} is
 *       the real one, over {@code linux.proc.ScriptRunner}. Tracking scripts and MISC_CHECK use
 *       it; notify scripts are the agent's business, not an engine's.
 *   <li>{@link org.jkeepalived.engine.store.StoreFollower}: subscribes to the engine's domain and
 *       hands each batch of events to the loop. The engine then re-reads a snapshot of its config
 *       rows rather than applying events one by one, so that a late or repeated batch changes
 *       nothing. Events are typed: {@code e.configAfter(Tables.VRRP_INSTANCE)} gives the row
 *       without a cast, or nothing for another table; use them to find which objects changed.
 *   <li>{@link org.jkeepalived.engine.store.Reconciler}: turns those rows into create, update and
 *       remove of running objects, keyed so that a reload keeps an unchanged object's state and
 *       timers (VRRP keys instances by name); its scoped form looks only at the keys whose rows
 *       changed.
 *   <li>{@link org.jkeepalived.engine.store.StatePublisher}: the engine marks state dirty ({@code
 *       markDirty}, published on the loop's next turn) or counters dirty ({@code
 *       markCountersDirty}, batched); it commits only the rows that changed, in one transaction.
 * </ul>
 *
 * <h2>Life of an engine</h2>
 *
 * <ol>
 *   <li><b>Made</b>: the host asks each {@link org.jkeepalived.engine.EngineFactory} whether the
 *       configuration has work for it and creates the engine on the store. Nothing runs yet.
 *   <li><b>Started</b>: {@link org.jkeepalived.engine.Engine#start} registers the validators of
 *       its config tables ({@code ObjectStore.addValidator}: a SET or reload it cannot honour is
 *       refused with the SNMP error status and changes nothing; VRRP: {@code
 *       org.jkeepalived.vrrp.service.InstanceValidator}), opens the kernel ports, then
 *       on the loop reads a snapshot of its config rows, reconciles them, publishes, and starts
 *       its {@code StoreFollower}; it returns once the engine runs or throws {@link
 *       org.jkeepalived.engine.EngineStartException} (fatal or not, as keepalived exits or runs
 *       on).
 *   <li><b>Reloaded</b>: a SIGHUP diff is committed to the store; the follower brings the row
 *       changes, the reconciler applies them. {@link org.jkeepalived.engine.Engine#reloaded} only
 *       hands over the engine-wide settings that live outside rows (VRRP: garp spacing, interface
 *       delays). An SNMP SET takes the same road as a reload.
 *   <li><b>Restarted</b>: when the loop reports a failure, the host closes the engine and makes a
 *       new one, which starts from what the store holds: an engine keeps nothing that it cannot
 *       rebuild from the store and the kernel.
 *   <li><b>Stopped</b>: {@link org.jkeepalived.engine.Engine#close} leaves cleanly (a VRRP master
 *       sends priority 0), stops the publisher's counter batch, publishes a last time, closes the
 *       follower, its validators' registrations and the readers, then the loop.
 * </ol>
 *
 * <h2>Testing an engine</h2>
 *
 * <ul>
 *   <li>Protocol logic is a pure codec and a pure state machine, tested with tables and golden
 *       bytes, no kit part needed.
 *   <li>The engine itself runs on {@code org.jkeepalived.engine.loop.FakeScheduler} from this
 *       module's test-jar ({@code <type>test-jar</type><scope>test</scope>}), with a real {@code
 *       DefaultObjectStore} and in-memory fakes of its kernel ports: put config rows, call the
 *       engine's event handler with the transaction's events (or let a follower hop them onto the
 *       fake loop), {@code advanceBy} time, assert the state rows in the store. No sleeps.
 *   <li>Kernel ports are tested against the kernel in a network namespace, skipping with a stated
 *       reason where root or the namespace is missing; multi-node scenarios live in the {@code
 *       test} module.
 * </ul>
 */
package org.jkeepalived.engine;
