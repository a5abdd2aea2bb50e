#!/usr/bin/env python3
"""A crowd at the sign-in door, for `make bench`: N sign-in attempts at once with wrong
passwords for names that do not exist, from A loopback addresses (127.0.0.2 and up, N/A
from each), while a real resident signs in from another address. Prints the server's peak
resident memory, the answers by status, how long the resident needed, and the server's
memory one minute after the wave.

Usage: signin_wave.py PORT SERVER_PID NAME PASSWORD [ATTEMPTS] [ADDRESSES]
Loopback only, one request per attempt, no retries except the resident's (at most 20).
"""
import asyncio
import collections
import sys
import time
import urllib.parse

PORT, PID, NAME, PASSWORD = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
ATTEMPTS = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
ADDRESSES = int(sys.argv[6]) if len(sys.argv) > 6 else 50
assert ADDRESSES <= 200, "loopback addresses 127.0.0.2 .. 127.0.0.201 only"


def memory_kb():
    """VmRSS and VmHWM (peak) of the server, in kB."""
    fields = {}
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
    return fields["VmRSS"], fields["VmHWM"]


async def sign_in(source, identifier, password):
    """One POST /api/inloggen from `source`; returns (status, seconds)."""
    body = urllib.parse.urlencode({"identifier": identifier, "password": password}).encode()
    request = (
        f"POST /api/inloggen HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\nOrigin: http://127.0.0.1:{PORT}\r\n"
        f"Accept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body
    start = time.monotonic()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT, local_addr=(source, 0))
        writer.write(request)
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 60)
        await reader.read()
        writer.close()
        status = int(status_line.split()[1])
    except (OSError, asyncio.TimeoutError, IndexError, ValueError) as error:
        status = f"error ({type(error).__name__})"
    return status, time.monotonic() - start


async def resident():
    """The real resident: signs in during the wave, tries again after a busy answer."""
    await asyncio.sleep(0.05)
    start = time.monotonic()
    answers = []
    for _ in range(20):
        status, _ = await sign_in("127.0.0.250", NAME, PASSWORD)
        answers.append(status)
        if status != 503:
            break
        await asyncio.sleep(0.5)
    return answers, time.monotonic() - start


async def sample(peak, stop):
    while not stop.is_set():
        rss, hwm = memory_kb()
        peak[0] = max(peak[0], rss, hwm)
        await asyncio.sleep(0.05)


async def main():
    idle_rss, _ = memory_kb()
    peak, stop = [0], asyncio.Event()
    sampler = asyncio.create_task(sample(peak, stop))
    wave_start = time.monotonic()
    crowd = [sign_in(f"127.0.0.{2 + i % ADDRESSES}", f"niemand-{i}", "fout wachtwoord") for i in range(ATTEMPTS)]
    results, (answers, resident_seconds) = await asyncio.gather(asyncio.gather(*crowd), resident())
    wave_seconds = time.monotonic() - wave_start
    stop.set()
    await sampler
    after_wave, hwm = memory_kb()
    peak[0] = max(peak[0], hwm)
    await asyncio.sleep(60)
    after_minute, _ = memory_kb()

    counts = collections.Counter(status for status, _ in results)
    slowest = max(seconds for _, seconds in results)
    print(f"{ATTEMPTS} sign-in attempts at once from {ADDRESSES} addresses, wrong passwords for unknown names:")
    print(f"  answers: " + ", ".join(f"{status}: {n}" for status, n in sorted(counts.items(), key=str)))
    print(f"  share of 503 (busy): {100 * counts.get(503, 0) / ATTEMPTS:.1f}%; 500 answers: {counts.get(500, 0)}")
    print(f"  the wave took {wave_seconds:.1f} s; slowest answer {slowest:.2f} s")
    print(f"  server memory (resident): idle {idle_rss / 1024:.0f} MB, peak {peak[0] / 1024:.0f} MB, "
          f"right after {after_wave / 1024:.0f} MB, one minute after {after_minute / 1024:.0f} MB")
    print(f"  a resident signing in during the wave: answers {answers}, in after {resident_seconds:.2f} s")


asyncio.run(main())
