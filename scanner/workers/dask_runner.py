"""A Dask cluster as a runner: `--dask tcp://scheduler:8786` (an existing cluster)
or `--dask local:N` (a LocalCluster of N processes here), connected on the first task.

The installation key goes to each worker directly, over the client's own
connection to it (the worker's `run` handler, as `Client.run` uses but without
going through the scheduler), so the scheduler never holds it, logs it or spills
it; it lives in the worker's memory under a run id and is forgotten at the end.
A worker that joins later (a replacement) answers KeyNotDelivered and is given the
key before the task is submitted again. A worker that dies loses only its task,
which Dask runs again elsewhere (a finished answer that cannot be fetched within a
minute is submitted again); one that kills `allowed-failures` workers comes back as
KilledWorker: recorded crashed. Bytes read from a remote source go to a
worker directly (scatter, direct) and are released with the task. The memory of a
Dask worker is bounded by the cluster (`dask worker --memory-limit`), not by
--worker-memory, and there is no time budget per object.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
from collections.abc import Iterable

from inventory.notes import Note
from scanner.limits import Limits
from scanner.workers import dask_tasks
from scanner.workers.pool import Answer
from scanner.workers.tasks import KILLED_WORKERS, NO_KEY, TASK_FAILED, Lost, RunnerUnavailable, Task, TaskId, note_peak

RETRIES_FOR_KEY = 3  # submissions of one task that may meet a worker without the key
GATHER_SECONDS = 60  # to fetch a finished task's answer; longer means it died with its worker
CONNECT_SECONDS = 30  # for the scheduler to answer and a worker to be there
log = logging.getLogger("daicho.dask")


class DaskRunner:
    def __init__(self, address: str, limits: Limits, key: bytes) -> None:
        self.address, self.limits, self._key = address, limits, key
        self.capacity = 1
        self.peak_rss_kb: dict[int, int] = {}
        self._client = self._cluster = None
        self._run_id = secrets.token_hex(8)
        self._keyed: set[str] = set()  # workers holding the key
        self._futures: dict = {}  # future -> (task id, task, its data's future, submissions)

    def _connect(self) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise RunnerUnavailable(Note.of("work.dask_missing")) from error
        try:
            if self.address.startswith("local:"):
                self._cluster = LocalCluster(n_workers=int(self.address[6:]), threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster or self.address, timeout=CONNECT_SECONDS)
            self._client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as error:
            raise RunnerUnavailable(Note.of("work.dask_unreachable", address=self.address,
                                            error=str(error) or type(error).__name__)) from error
        self._give_key()

    def _give_key(self) -> None:
        workers = self._client.scheduler_info(n_workers=-1)["workers"]
        self._run_on(set(workers) - self._keyed, dask_tasks.install,
                     (self._run_id, dask_tasks.Secret(self._key), self.limits))
        self._keyed |= set(workers)
        self.capacity = 2 * sum(info.get("nthreads", 1) for info in workers.values())

    def _run_on(self, addresses: Iterable[str], function, args: tuple) -> None:
        """function(*args) on each worker, over a direct connection to it."""
        from distributed.protocol.pickle import dumps

        async def each() -> None:
            for address in addresses:
                await self._client.rpc(address).run(function=dumps(function), args=dumps(args),
                                                    kwargs=dumps({}), wait=True)
        self._client.sync(each)

    def submit(self, task_id: TaskId, task: Task) -> None:
        if self._client is None:
            self._connect()
        data = None
        if task.data is not None:  # to a worker directly, not through the scheduler
            data = self._client.scatter(task.data, direct=True, hash=False)
            task = dataclasses.replace(task, data=None)
        self._submit(task_id, task, data, 1)

    def _submit(self, task_id: TaskId, task: Task, data, submissions: int) -> None:
        future = self._client.submit(dask_tasks.scan_on_worker, self._run_id, task, data, pure=False,
                                     key=f"daicho-{self._run_id}-{task_id[0]}-{task_id[1]}-{submissions}")
        self._futures[future] = (task_id, task, data, submissions)

    def in_flight(self) -> int:
        return len(self._futures)

    def results(self, block: bool) -> list[Answer]:
        from distributed import wait

        if not self._futures:
            return []
        done = wait(list(self._futures), timeout=None if block else 0, return_when="FIRST_COMPLETED").done
        return [answer for future in done if (answer := self._answer(future)) is not None]

    def _answer(self, future) -> Answer | None:
        from distributed import KilledWorker

        task_id, task, data, submissions = self._futures.pop(future)
        try:
            outcome = future.result(timeout=GATHER_SECONDS)
        except TimeoutError:  # the answer was lost with a worker and the scheduler's rerun stalled
            future.cancel()
            if submissions >= RETRIES_FOR_KEY:
                return task_id, Lost("crashed", KILLED_WORKERS)
            self._submit(task_id, task, data, submissions + 1)
            return None
        except dask_tasks.KeyNotDelivered:
            if submissions >= RETRIES_FOR_KEY:
                return task_id, Lost("unreadable", NO_KEY)
            self._give_key()
            self._submit(task_id, task, data, submissions + 1)
            return None
        except KilledWorker:
            return task_id, Lost("crashed", KILLED_WORKERS)
        except Exception as error:  # noqa: BLE001 - one task's failure is its object's reason
            return task_id, Lost("unreadable", TASK_FAILED.format(error=type(error).__name__))
        note_peak(self.peak_rss_kb, outcome)
        return task_id, outcome

    def warm(self) -> None:
        if self._client is None:
            self._connect()

    def close(self) -> None:
        """Cancel what is in flight, have the workers forget the key, disconnect."""
        if self._client is None:
            return
        for future in self._futures:
            future.cancel()
        self._futures.clear()
        try:
            self._run_on(self._keyed, dask_tasks.forget, (self._run_id,))
        except Exception as error:  # noqa: BLE001 - a worker gone since: its memory is gone with it
            log.warning("a Dask worker could not be told to forget the key: %s", type(error).__name__)
        finally:
            self._client.close()
            if self._cluster is not None:
                self._cluster.close()
            self._client = self._cluster = None
            self._keyed.clear()
