"""A weak link between a terminal and the central server, in user space, on loopback.

An asyncio TCP proxy in a background thread: the client connects to ``shaper.url``, the
shaper connects on to the real server and forwards bytes both ways, shaped:

``delay``  one-way delay in seconds, added to every segment in each direction (the
           round trip is twice this). Pipelined, like a real link: segments in flight
           overlap, so throughput is limited by ``rate_bps``, not by the delay.
``rate_bps``  bits per second per direction, shared by all connections (one link).
           Segments are serialised one after another: a segment of n bytes occupies the
           link for n·8/rate seconds. Each direction keeps at most ``window`` bytes in
           flight per connection (the send buffer and receive window of a real TCP
           connection), so a fast sender is slowed down instead of buffering without end.
``loss``   packet loss probability. A user-space proxy sits above TCP and cannot lose a
           byte without breaking the stream, so loss is emulated by what TCP makes of it:

           * each forwarded segment (at most ``mss`` = 1460 bytes) is "lost" with
             probability ``loss``; TCP retransmits it after a timeout, so the segment and,
             head-of-line, everything behind it in that direction of that connection is
             held for ``rto`` = max(0.2 s, 2 × delay) — one retransmission round trip
             (RFC 6298's 200 ms floor as Linux applies it);
           * the retransmission is lost again with the same probability: the first time
             it is, the hold doubles (exponential back-off); the second time — a segment
             lost three times in a row, probability loss³ per segment (1.25e-4 at 5 %) —
             plus, independently, ``reset_rate`` per segment (default loss² / 10, i.e.
             2.5e-4 at 5 %), the connection is reset both ways (RST), standing for the
             stalls long enough that a client timeout or a middlebox gives up. At 5 %,
             roughly one segment in 2,700 ends in a reset, i.e. about one reset per
             4 MB carried;
           * a new connection's SYN is lost with probability ``loss``: the connection is
             held for 1 s (Linux's initial SYN retransmission timeout) before it proceeds.

Faults, for tests (thread-safe, callable from the test's thread):

``drop_responses(n, match=b"POST /api/v1/push")``  on the next ``n`` connections that send
    a request containing ``match``, close the client side (RST) as soon as the first
    byte of the server's answer arrives, and the server side too: the server has done
    its work (and committed), the client never hears of it.
``kill_all()``  reset every open connection now.

``stats`` counts connections, bytes each way (TCP payload: HTTP headers and bodies),
stalls, resets and fired faults. No dependency outside the standard library.
"""

from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

MSS = 1460
WINDOW = 64 * 1024
SYN_RTO = 1.0


@dataclass
class Stats:
    connections: int = 0
    bytes_up: int = 0        # client -> server
    bytes_down: int = 0      # server -> client
    stalls: int = 0
    resets: int = 0
    faults_fired: int = 0
    syn_stalls: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class _Link:
    """One direction of the shared link: when it is next free to serialise a segment."""

    free_at: float = 0.0


@dataclass
class _Conn:
    cid: int
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter | None = None
    doomed: bool = False           # drop when the first response byte arrives
    closed: bool = False
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)


class LinkShaper:
    def __init__(self, upstream_host: str, upstream_port: int, *, delay: float = 0.0,
                 rate_bps: float = 0.0, loss: float = 0.0, reset_rate: float | None = None,
                 seed: int | None = None, mss: int = MSS, window: int = WINDOW,
                 listen_host: str = "127.0.0.1"):
        self.upstream = (upstream_host, upstream_port)
        self.delay = delay
        self.rate_bps = rate_bps
        self.loss = loss
        self.reset_rate = reset_rate
        self.mss = mss
        self.window = window
        self.listen_host = listen_host
        self.rng = random.Random(seed)
        self.stats = Stats()
        self.port = 0
        self._links = {"up": _Link(), "down": _Link()}
        self._conns: dict[int, _Conn] = {}
        self._next_id = 0
        self._drop_budget = 0
        self._drop_match = b""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()

    # --- lifecycle (test thread) ------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.listen_host}:{self.port}"

    def start(self) -> LinkShaper:
        self._thread = threading.Thread(target=self._run, name="linkshaper", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("link shaper did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        fut = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        try:
            fut.result(10)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            if self._thread:
                self._thread.join(10)
            self._loop = None

    def __enter__(self) -> LinkShaper:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set(self, **shaping: float | None) -> None:
        """Change delay / rate_bps / loss / reset_rate on the fly (new segments only)."""
        for key, value in shaping.items():
            if key not in ("delay", "rate_bps", "loss", "reset_rate"):
                raise TypeError(key)
            setattr(self, key, value)

    def reset_stats(self) -> Stats:
        with self._lock:
            old, self.stats = self.stats, Stats()
        return old

    # --- faults (test thread) -------------------------------------------------------------

    def drop_responses(self, n: int = 1, match: bytes = b"POST /api/v1/push") -> None:
        with self._lock:
            self._drop_budget = n
            self._drop_match = match

    def kill_all(self) -> int:
        """Reset every open connection; returns how many there were."""
        if self._loop is None:
            return 0
        fut = asyncio.run_coroutine_threadsafe(self._kill_all(), self._loop)
        return fut.result(10)

    def wait_faults(self, n: int, timeout: float = 30.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.stats.faults_fired >= n:
                return True
            time.sleep(0.02)
        return False

    @property
    def open_connections(self) -> int:
        return sum(1 for c in list(self._conns.values()) if not c.closed)

    # --- the proxy (shaper thread) ----------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)

        async def boot() -> None:
            self._server = await asyncio.start_server(self._handle, self.listen_host, 0)
            self.port = self._server.sockets[0].getsockname()[1]

        loop.run_until_complete(boot())
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._kill_all(count=False)
        if self._server is not None:
            await self._server.wait_closed()

    async def _kill_all(self, count: bool = True) -> int:
        conns = [c for c in self._conns.values() if not c.closed]
        for c in conns:
            self._abort(c, count=count)
        await asyncio.sleep(0)
        return len(conns)

    def _rto(self) -> float:
        return max(0.2, 2 * self.delay)

    def _abort(self, conn: _Conn, count: bool = True) -> None:
        if conn.closed:
            return
        conn.closed = True
        if count:
            with self._lock:
                self.stats.resets += 1
        for w in (conn.client, conn.server):
            if w is None:
                continue
            sock = w.get_extra_info("socket")
            try:
                if sock is not None:  # RST instead of FIN
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
            w.transport.abort()
        current = asyncio.current_task()
        for t in conn.tasks:
            if t is not current:
                t.cancel()
        self._conns.pop(conn.cid, None)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._next_id += 1
        conn = _Conn(self._next_id, writer)
        self._conns[conn.cid] = conn
        with self._lock:
            self.stats.connections += 1
        try:
            if self.loss and self.rng.random() < self.loss:
                with self._lock:
                    self.stats.syn_stalls += 1
                await asyncio.sleep(SYN_RTO)
            await asyncio.sleep(self.delay * 2)  # SYN / SYN-ACK round trip
            try:
                sreader, swriter = await asyncio.open_connection(*self.upstream)
            except OSError:
                self._abort(conn, count=False)
                return
            conn.server = swriter
            if conn.closed:
                swriter.transport.abort()
                return
            up = asyncio.ensure_future(self._pipe(conn, reader, swriter, "up"))
            down = asyncio.ensure_future(self._pipe(conn, sreader, writer, "down"))
            conn.tasks += [up, down]
            await asyncio.gather(up, down, return_exceptions=True)
        finally:
            if not conn.closed:
                conn.closed = True
                for w in (conn.client, conn.server):
                    if w is not None:
                        w.close()
            self._conns.pop(conn.cid, None)

    async def _pipe(self, conn: _Conn, src: asyncio.StreamReader, dst: asyncio.StreamWriter,
                    direction: str) -> None:
        """Read segments, give each a delivery time, deliver them in order when due."""
        loop = asyncio.get_running_loop()
        link = self._links[direction]
        queue: deque[tuple[float, bytes | None]] = deque()
        queued = 0
        have = asyncio.Event()
        room = asyncio.Event()
        room.set()
        last_due = 0.0
        reset_now = False

        async def deliver() -> None:
            nonlocal queued
            while True:
                while not queue:
                    have.clear()
                    await have.wait()
                due, data = queue[0]
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                queue.popleft()
                if data is None:
                    if dst.can_write_eof():
                        try:
                            dst.write_eof()
                        except OSError:
                            pass
                    return
                queued -= len(data)
                if queued <= self.window:
                    room.set()
                dst.write(data)
                await dst.drain()

        sender = asyncio.ensure_future(deliver())
        conn.tasks.append(sender)
        try:
            while not conn.closed:
                data = await src.read(self.mss)
                now = loop.time()
                if not data:
                    queue.append((max(now + self.delay, last_due), None))
                    have.set()
                    break
                self._count(direction, len(data))
                if direction == "up" and self._drop_budget and not conn.doomed:
                    with self._lock:
                        if self._drop_budget and self._drop_match in data:
                            self._drop_budget -= 1
                            conn.doomed = True
                if direction == "down" and conn.doomed:
                    # The server has answered (so it has committed): the client never hears it.
                    with self._lock:
                        self.stats.faults_fired += 1
                    self._abort(conn, count=False)
                    return
                start = max(now, link.free_at)
                link.free_at = start + (len(data) * 8 / self.rate_bps if self.rate_bps else 0.0)
                due = link.free_at + self.delay
                if self.loss:
                    due, reset_now = self._lose(due)
                if reset_now:
                    # The link has given up: the bytes already delivered stay delivered.
                    await asyncio.sleep(max(0.0, due - loop.time()))
                    self._abort(conn)
                    return
                last_due = max(due, last_due)
                queue.append((last_due, data))
                queued += len(data)
                have.set()
                if queued > self.window:
                    room.clear()
                    await room.wait()
            await sender
        except (ConnectionError, OSError):
            self._abort(conn, count=False)
        finally:
            if not sender.done():
                if conn.closed:
                    sender.cancel()
                else:
                    try:
                        await sender
                    except (ConnectionError, OSError, asyncio.CancelledError):
                        pass

    def _lose(self, due: float) -> tuple[float, bool]:
        rng = self.rng
        reset_rate = self.reset_rate if self.reset_rate is not None else self.loss ** 2 / 10
        if reset_rate and rng.random() < reset_rate:
            return due, True
        if rng.random() >= self.loss:
            return due, False
        rto = self._rto()
        hold = rto
        with self._lock:
            self.stats.stalls += 1
        if rng.random() < self.loss:          # the retransmission is lost as well
            hold += 2 * rto
            if rng.random() < self.loss:      # and again: the connection gives up
                return due + hold, True
        return due + hold, False

    def _count(self, direction: str, n: int) -> None:
        with self._lock:
            if direction == "up":
                self.stats.bytes_up += n
            else:
                self.stats.bytes_down += n
