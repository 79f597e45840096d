"""Rows per second and Parquet bytes per notice of ``xuncha export`` over a generated corpus.

    python benchmarks/bench_export.py [--count 2000] [--jobs N]

Generates COUNT varied notices (benchmarks/generate_notices.py), exports them with xuncha.export.export (local
process pool) and with export_with_dask (Dask's local scheduler), and reports the time, the rows written per
second, the Parquet bytes per notice, and whether both exports wrote the same rows. Needs pyarrow and dask
(``pip install "xuncha[dask]"``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from generate_notices import write_notices

ROOT = Path(__file__).resolve().parents[1]


def _rows(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    import pyarrow.parquet as pq

    from xuncha.tables import TABLES

    return {
        name: [
            tuple(row.values())
            for part in sorted((folder / name).glob("*.parquet"))
            for row in pq.read_table(part).to_pylist()
        ]
        for name in TABLES
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    from xuncha.export import export, export_with_dask

    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        write_notices(corpus, args.count)
        paths = sorted(str(p) for p in corpus.iterdir())
        started = time.perf_counter()
        local = export(paths, Path(scratch) / "local", jobs=args.jobs)
        local_seconds = time.perf_counter() - started
        started = time.perf_counter()
        dask = export_with_dask(paths, Path(scratch) / "dask", scheduler="processes")
        dask_seconds = time.perf_counter() - started
        rows = sum(local.rows.values())
        size = sum(p.stat().st_size for p in (Path(scratch) / "local").rglob("*.parquet"))
        same = _rows(Path(scratch) / "local") == _rows(Path(scratch) / "dask")
    print(
        f"{local.notices} notices exported, {local.failed} failed, {rows:,} rows in {len(local.rows)} tables"
    )
    print(
        f"process pool: {local_seconds:.1f} s, {rows / local_seconds:,.0f} rows/s, {local.notices / local_seconds:.0f} notices/s"
    )
    print(f"Dask (local processes): {dask_seconds:.1f} s, {rows / dask_seconds:,.0f} rows/s")
    print(f"Parquet: {size / local.notices:,.0f} bytes per notice; the Dask run wrote the same rows: {same}")
    return 0 if same and dask == local else 1


if __name__ == "__main__":
    sys.exit(main())
