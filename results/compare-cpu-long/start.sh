#!/bin/bash
# cpu-long, first sitting: prepare + start only (the worktree /work/wt-long at a fixed commit)
cd /work/wt-long
export OMP_NUM_THREADS=2 PYTHONPATH=/work/wt-long PATH=/work/main/.venv/bin:$PATH
exec python - <<'PY'
from pathlib import Path
import torch
from csgan_compare.recipe import Recipe
from csgan_compare.sizes import SIZES
torch.set_num_threads(2)
r = Recipe(SIZES["cpu-long"], out=Path("/work/exp/long/results"), work=Path("/work/exp/long/work"))
(r.work / "done").mkdir(parents=True, exist_ok=True)
r.load_markers()
for job in r.jobs():
    if job.name not in ("prepare", "start"):
        continue
    if job.name in r.results:
        print(job.name, "done before", flush=True); continue
    print(job.name, "running", flush=True)
    r.results[job.name] = r._run_job(job)
    print(job.name, "done", r.results[job.name]["seconds"], "s", flush=True)
PY
