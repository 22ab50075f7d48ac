"""--fp16 / --bf16 with `--optimizer csgan`, through fairseq's FP16Optimizer on CPU tensors (on
CPU fairseq-train takes --bf16 for a TPU run, so the trainer is exercised on a GPU only):
D's parameters keep their tag on the fp32 master weights, each phase steps only its part,
and D's clipping acts on the masters before they are copied into the model."""

import pytest
import torch
from fairseq import tasks
from fairseq.optim.fp16_optimizer import FP16Optimizer

from csgan_nmt.optimizer import CSGANOptimizer
from csgan_nmt import mixed_precision
from csgan_nmt.mixed_precision import innermost
from csgan_nmt.stages import Phase, Stage
from helpers import training_config

pytestmark = pytest.mark.usefixtures("one_thread")
CLIP = 0.05


@pytest.mark.parametrize("precision, dtype", [("--bf16", torch.bfloat16),
                                              ("--fp16", torch.float16)])
def test_mixed_precision_steps_one_part_and_clips_d_on_the_fp32_masters(
        tiny_data, tmp_path, precision, dtype, monkeypatch):
    # on this CPU the task would refuse --bf16 (fairseq takes it for a TPU run; see the last
    # test): the optimiser path is what is tested here
    monkeypatch.setattr(mixed_precision, "keep_bf16_on_gpu", lambda common: None)
    monkeypatch.setattr(mixed_precision, "refuse_fp16_without_cuda", lambda common: None)
    cfg = training_config(tiny_data / "bin", tmp_path, "--csgan-stage", "discriminator",
                          precision, "--d-clip-value", str(CLIP), "--d-eval-interval", "1000",
                          "--d-lr", "0.01")
    task = tasks.setup_task(cfg.task)
    assert cfg.common.fp16_no_flatten_grads or precision == "--bf16"  # set by the task
    model = task.build_model(cfg.model).to(dtype)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = FP16Optimizer.build_optimizer(cfg, params)
    inner = innermost(optimizer)
    assert isinstance(inner, CSGANOptimizer)
    assert len(inner._d_params) == len(list(model.discriminator.parameters()))
    assert all(p.dtype == torch.float32 for p in inner._d_params)  # the masters

    d_params = list(model.discriminator.parameters())
    g_params = list(model.generator.parameters())
    g_before = [p.detach().clone() for p in g_params]
    model.stage.enter(Stage.DISCRIMINATOR, 0)
    task._phase = Phase.DISCRIMINATOR
    # gradient -1 on every weight (loss-scaled under --fp16): D is pushed past the clip
    optimizer.backward(-sum(p.float().sum() for p in params))
    task.optimizer_step(optimizer, model, update_num=0)
    masters = inner._d_params
    assert max(m.abs().max().item() for m in masters) == pytest.approx(CLIP)
    assert sum(int((m == CLIP).sum()) for m in masters) > 0  # the clip bound was hit
    for p, m in zip(d_params, masters):  # the model holds the clipped masters
        assert torch.equal(p, m.to(dtype))
    assert all(torch.equal(p, b) for p, b in zip(g_params, g_before))

    optimizer.zero_grad()
    d_before = [p.detach().clone() for p in d_params]
    task._phase = Phase.TEACHER_FORCING
    optimizer.backward(sum(p.float().sum() for p in params))
    task.optimizer_step(optimizer, model, update_num=1)
    assert any(not torch.equal(p, b) for p, b in zip(g_params, g_before))
    assert all(torch.equal(p, b) for p, b in zip(d_params, d_before))


def test_bf16_is_kept_on_a_cuda_gpu_and_refused_without_one(monkeypatch):
    """fairseq 0.12 sets --tpu with every --bf16; without torch_xla the task unsets it where
    CUDA is available and refuses otherwise (fairseq would die asking torch_xla for a device)."""
    from omegaconf import OmegaConf

    from csgan_nmt.mixed_precision import keep_bf16_on_gpu

    def common(**flags):
        return OmegaConf.create({"bf16": False, "tpu": False, "cpu": False, **flags})

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    gpu = common(bf16=True, tpu=True)
    keep_bf16_on_gpu(gpu)
    assert gpu.tpu is False and gpu.bf16 is True
    with pytest.raises(ValueError, match="--bf16 needs a CUDA GPU"):
        keep_bf16_on_gpu(common(bf16=True, tpu=True, cpu=True))
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ValueError, match="torch_xla is not installed"):
        keep_bf16_on_gpu(common(bf16=True, tpu=True))
    fp32 = common()
    keep_bf16_on_gpu(fp32)  # nothing to do without --bf16
    assert fp32.tpu is False


def test_fp16_is_refused_without_cuda_as_bf16_is(monkeypatch):
    from omegaconf import OmegaConf

    from csgan_nmt.mixed_precision import refuse_fp16_without_cuda

    def common(**flags):
        return OmegaConf.create({"fp16": False, "cpu": False, **flags})

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    refuse_fp16_without_cuda(common(fp16=True))  # a GPU: accepted
    with pytest.raises(ValueError, match="--fp16 needs a CUDA GPU"):
        refuse_fp16_without_cuda(common(fp16=True, cpu=True))
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ValueError, match="--fp16 needs a CUDA GPU"):
        refuse_fp16_without_cuda(common(fp16=True))
    refuse_fp16_without_cuda(common())  # fp32: nothing to refuse


def test_fp16_on_this_cpu_is_refused_in_one_line_before_training(tiny_data, tmp_path):
    """Through fairseq-train: one line naming --fp16, exit 1, no checkpoint written."""
    from helpers import run_cli, train_args

    if torch.cuda.is_available():
        pytest.skip("a CUDA GPU is visible: --fp16 is accepted")
    proc = run_cli(train_args(tiny_data / "bin", tmp_path / "run", "--csgan-stage", "mle",
                              "--max-update", "2", "--fp16"), check=False)
    assert proc.returncode != 0
    refusal = [line for line in proc.stderr.splitlines() if "--fp16 needs a CUDA GPU" in line]
    assert refusal and "Traceback" not in proc.stderr
    assert not list((tmp_path / "run").glob("*.pt"))
