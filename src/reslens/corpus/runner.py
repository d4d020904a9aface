"""Run one function over many tasks, in order, on local processes or a Dask cluster.

Results come back in the order of the tasks whatever the engine and the number of
workers, so a corpus gives the same tables with 1, 2 or 20 workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

ENGINES = ("local", "dask")


def check_engine(engine: str, workers: int) -> None:
    """Raise ``ValueError`` for an unknown engine or a worker count below 1."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")


def run_in_order(
    func: Callable[..., Any],
    tasks: Sequence[tuple],
    *,
    workers: int = 1,
    engine: str = "local",
    client: Any = None,
    desc: str = "",
) -> Iterator[Any]:
    """Yield ``func(*task)`` for every task, in task order.

    Args:
        func: a module-level function (it is sent to other processes by reference).
        tasks: the argument tuples.
        workers: processes to use; 1 runs in this process (engine ``local``).
        engine: ``local`` (a process pool on this machine) or ``dask``.
        client: a ``dask.distributed.Client``; without one, ``dask`` starts a
            ``LocalCluster`` of ``workers`` single-threaded processes for this call.
        desc: the label of the progress bar (shown in terminals and notebooks on
            runs of several tasks).
    """
    from tqdm import tqdm

    check_engine(engine, workers)
    if not tasks:
        return
    with tqdm(total=len(tasks), desc=desc, unit="task", disable=len(tasks) < 2 or None) as bar:
        for result in _results(func, tasks, workers, engine, client):
            bar.update()
            yield result


def _results(
    func: Callable[..., Any], tasks: Sequence[tuple], workers: int, engine: str, client: Any
) -> Iterator[Any]:
    if engine == "dask":
        yield from _dask(func, tasks, workers, client)
    elif workers == 1:
        for task in tasks:
            yield func(*task)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")  # no inherited threads or open files
        with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=context) as pool:
            yield from pool.map(func, *zip(*tasks, strict=True))


def _dask(func: Callable[..., Any], tasks: Sequence[tuple], workers: int, client: Any) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    own = client is None
    if own:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        futures = client.map(func, *zip(*tasks, strict=True), pure=False)
        for future in futures:  # in task order; later tasks keep running meanwhile
            yield future.result()
            future.release()
    finally:
        if own:
            client.close()
            cluster.close()
