"""All benchmarks, each against plain sqlite3 measured in the same run. Not a test.

    python -m bench                 # default sizes: 10k, 100k and 1M sessions (< 10 min)
    python -m bench --quick         # 10k and 100k only; chains of 30 and 100 only
    python -m bench --fault-sweep   # also time the full kill-point sweep (+ about 6 min)

Prints one Markdown table per benchmark; the README quotes the latest.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Medians of several runs where a run is short (and noisiest); 1M sessions once (5 min).
LENGTHS = ["30", "100", "300"]  # migrations in the generated chains (--quick: 30, 100)
GENERATION_RUNS = {"10000": "5", "100000": "3", "1000000": "1"}


def run(script: str, *args: str) -> None:
    started = time.perf_counter()
    print(f"\n### {script} {' '.join(args)}\n", flush=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], check=True, cwd=ROOT)
    print(f"\n({time.perf_counter() - started:.0f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1M-session sizes")
    parser.add_argument(
        "--fault-sweep", action="store_true", help="also time the full kill-point sweep"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    sizes = ["10000", "100000"] if args.quick else ["10000", "100000", "1000000"]
    with tempfile.TemporaryDirectory(prefix="edi-bench-") as kept:
        for sessions in sizes:  # the generated databases are the migration bench's input
            extra = ["--skip-generate-only"] if sessions == "1000000" else []
            repeat = GENERATION_RUNS[sessions]
            run(
                "bench_fixture_generation.py",
                *("--sessions", sessions, "--repeat", repeat, "--keep-dir", kept, *extra),
            )
        reuse = ["--reuse-dir", kept]
        run("bench_migration.py", "--sessions", "10000", "100000", "--repeat", "3", *reuse)
        if not args.quick:
            run("bench_migration.py", "--sessions", "1000000", "--repeat", "1", *reuse)
    sweep = ["--fault-sweep"] if args.fault_sweep else []
    run("bench_harness.py", "--repeat", "3", "--suite-repeat", "1", *sweep)  # the suite: 2 min
    # 30, 100 and 300 migrations: cold, warm after an edit, peak RSS, growth (about 25 min)
    run("bench_long_chain.py", "--lengths", *(["30", "100"] if args.quick else LENGTHS))
    run("bench_integrity_inline.py")  # where the integrity check stops running inline
    run("schema_rows_coverage.py", "--seeds", "200")  # rows from the schema: every seed
    run("bench_example_chat.py")  # the chat example: cold and warm, -n 2
    run("bench_kanboard_chain.py")  # Kanboard's ported chain: cold and warm, -n 2
    run("bench_memos_chain.py")  # memos's ported chain: cold and warm, -n 2
    run("bench_grocy_chain.py")  # grocy's ported chain: cold and warm, -n 2
    run("bench_actual_chain.py")  # Actual Budget's ported chain: cold and warm, -n 2
    run("bench_authelia_chain.py")  # Authelia's ported chain, with downs: cold and warm
    run("bench_linkding_chain.py")  # linkding's ported Django chain: cold and warm, -n 2
    run("bench_overseerr_chain.py")  # Overseerr's ported TypeORM chain: cold and warm
    run("bench_homarr_chain.py")  # Homarr's ported Drizzle chain: cold and warm, -n 2
    run("bench_powerdnsadmin_chain.py")  # PowerDNS-Admin's ported Alembic chain: cold and warm, -n 2
    run("bench_ntfy_chain.py")  # ntfy's ported Go message cache: cold and warm, -n 2
    run("bench_mealie_chain.py")  # Mealie's ported Alembic chain with data loops: cold and warm, -n 2
    run("bench_homeassistant_chain.py")  # Home Assistant recorder (SQLAlchemy): cold and warm, -n 2
    run("bench_navidrome_chain.py")  # Navidrome's ported goose chain: cold and warm, -n 2
    run("bench_anki_chain.py")  # Anki's ported collection schema (Rust): cold and warm, -n 2
    run("bench_calibre_chain.py")  # calibre's ported metadata.db upgrades: cold and warm, -n 2
    run("bench_vaultwarden_chain.py")  # Vaultwarden's ported Diesel chain, with downs: cold and warm
    run("bench_signal_chain.py")  # Signal Desktop's ported SQLite migrations: cold and warm, -n 2
    run("bench_sonarr_chain.py")  # Sonarr's ported FluentMigrator chain: cold and warm, -n 2
    run("bench_synapse_chain.py")  # Synapse's ported SQLite schema deltas: cold and warm, -n 2
    print(f"\nall benchmarks: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
