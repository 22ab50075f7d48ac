"""The schedule (csgan_nmt/stages.py) on its own: the exact phase sequence of adversarial
cycles, every stage transition, and the D-pretraining stop decision."""

import pytest

from csgan_nmt.stages import DOutcome, Phase, Requested, Schedule, Stage, StageState

PG, TF, D = Phase.POLICY_GRADIENT, Phase.TEACHER_FORCING, Phase.DISCRIMINATOR


def state(stage=Stage.MLE, start=0, outcome=DOutcome.PENDING):
    s = StageState(StageState.initial_tensor())
    s.enter(stage, start)
    s.set_d_outcome(outcome)
    return s


@pytest.mark.parametrize("g_steps, tf_steps, d_steps, cycle", [
    (1, 1, 1, [PG, TF, D]),  # the paper: one teacher-forcing update after every PG update
    (2, 1, 3, [PG, TF, PG, TF, D, D, D]),
    (3, 0, 1, [PG, PG, PG, D]),
    (1, 2, 2, [PG, TF, TF, D, D]),
])
def test_adversarial_phases_cycle_exactly(g_steps, tf_steps, d_steps, cycle):
    schedule = Schedule(g_steps=g_steps, teacher_forcing_steps=tf_steps, d_steps=d_steps)
    assert schedule.cycle() == cycle
    start = 7  # the stage began at update 7: the first cycle starts there, not at 0
    adversarial = state(Stage.ADVERSARIAL, start)
    phases = [schedule.phase(adversarial, start + i) for i in range(2 * len(cycle) + 1)]
    assert phases == cycle + cycle + [PG]


def test_mle_and_discriminator_stages_run_one_phase():
    schedule = Schedule(g_steps=2, d_steps=3)
    assert [schedule.phase(state(Stage.MLE, 0), u) for u in range(5)] == [TF] * 5
    assert [schedule.phase(state(Stage.DISCRIMINATOR, 4), u) for u in range(4, 9)] == [D] * 5


def test_auto_moves_from_mle_to_d_after_mle_updates():
    schedule = Schedule(requested=Requested.AUTO, mle_updates=5)
    mle = state(Stage.MLE, 0)
    assert [schedule.stage_to_enter(mle, u) for u in range(5)] == [None] * 5
    assert schedule.stage_to_enter(mle, 5) == Stage.DISCRIMINATOR
    assert Schedule(mle_updates=0).stage_to_enter(state(Stage.MLE, 0), 0) == Stage.DISCRIMINATOR


@pytest.mark.parametrize("outcome", [DOutcome.TARGET_REACHED, DOutcome.BUDGET_EXHAUSTED])
def test_auto_moves_to_adversarial_once_d_pretraining_ended(outcome):
    schedule = Schedule(requested=Requested.AUTO, mle_updates=5)
    assert schedule.stage_to_enter(state(Stage.DISCRIMINATOR, 5), 40) is None  # pending
    # also when resuming a checkpoint whose D stage had ended (a staged D run, or a kill
    # between the decision and the next update): no more D pretraining updates
    assert schedule.stage_to_enter(state(Stage.DISCRIMINATOR, 5, outcome), 9) == Stage.ADVERSARIAL
    assert schedule.stage_to_enter(state(Stage.ADVERSARIAL, 9), 500) is None


@pytest.mark.parametrize("requested", [Requested.MLE, Requested.DISCRIMINATOR,
                                       Requested.ADVERSARIAL])
def test_a_single_stage_run_enters_its_stage_and_stays(requested):
    schedule = Schedule(requested=requested, mle_updates=0)
    wanted = Stage[requested.name]
    for stage in Stage:
        expected = None if stage == wanted else wanted
        assert schedule.stage_to_enter(state(stage, 3), 10) == expected


@pytest.mark.parametrize("stage, outcome", [
    (Stage.MLE, DOutcome.PENDING), (Stage.DISCRIMINATOR, DOutcome.PENDING),
    (Stage.DISCRIMINATOR, DOutcome.TARGET_REACHED), (Stage.ADVERSARIAL, DOutcome.PENDING)])
def test_a_counter_reset_rebases_the_stage_and_keeps_its_outcome(stage, outcome):
    s = state(stage, 30, outcome)  # --reset-optimizer: the next update is number 0
    assert not s.rebase(30) and not s.rebase(31) and s.start_update == 30
    assert s.rebase(0)
    assert (s.current, s.start_update, s.d_outcome) == (stage, 0, outcome)
    # and then auto goes on as from any state: a finished D stage still moves on
    expected = Stage.ADVERSARIAL if outcome != DOutcome.PENDING else None
    assert Schedule(mle_updates=5).stage_to_enter(s, 0) == expected


def test_d_pretraining_measures_every_interval_and_at_the_budget():
    schedule = Schedule(d_eval_interval=4, d_max_updates=10)
    assert [n for n in range(1, 11) if schedule.d_eval_due(n)] == [4, 8, 10]


def test_d_pretraining_stop_decision():
    schedule = Schedule(d_target_accuracy=0.82, d_max_updates=10)
    assert schedule.d_outcome(4, 0.8199) == DOutcome.PENDING
    assert schedule.d_outcome(4, 0.82) == DOutcome.TARGET_REACHED  # >= xi, not > xi
    assert schedule.d_outcome(10, 0.5) == DOutcome.BUDGET_EXHAUSTED
    assert schedule.d_outcome(10, 0.9) == DOutcome.TARGET_REACHED  # reached wins at the budget


def test_what_a_run_does_after_d_pretraining():
    assert Schedule(requested=Requested.AUTO).continues_after_pretraining()
    assert not Schedule(requested=Requested.DISCRIMINATOR).continues_after_pretraining()
    rerun = Schedule(requested=Requested.DISCRIMINATOR)
    assert rerun.finished_pretraining_rerun(state(Stage.DISCRIMINATOR, 0, DOutcome.TARGET_REACHED))
    assert not rerun.finished_pretraining_rerun(state(Stage.DISCRIMINATOR, 0))
    assert not Schedule().finished_pretraining_rerun(
        state(Stage.DISCRIMINATOR, 0, DOutcome.TARGET_REACHED))


def test_which_runs_need_the_heldout_set():
    auto = Schedule(requested=Requested.AUTO)
    assert auto.pretrains_discriminator(state(Stage.MLE))
    assert auto.pretrains_discriminator(state(Stage.DISCRIMINATOR))
    assert not auto.pretrains_discriminator(
        state(Stage.DISCRIMINATOR, 0, DOutcome.BUDGET_EXHAUSTED))  # goes adversarial at once
    assert not auto.pretrains_discriminator(state(Stage.ADVERSARIAL))
    assert Schedule(requested=Requested.DISCRIMINATOR).pretrains_discriminator(state())
    assert not Schedule(requested=Requested.ADVERSARIAL).pretrains_discriminator(state())
    assert not Schedule(requested=Requested.MLE).pretrains_discriminator(state())


def test_state_survives_as_a_buffer():
    s = state()
    s.enter(Stage.DISCRIMINATOR, 12)
    s.set_d_outcome(DOutcome.BUDGET_EXHAUSTED)
    assert s.buffer.tolist() == [1, 12, 2]
    again = StageState(s.buffer.clone())
    assert (again.current, again.start_update, again.d_outcome) == (
        Stage.DISCRIMINATOR, 12, DOutcome.BUDGET_EXHAUSTED)
    assert again.updates_done(15) == 3
    s.enter(Stage.DISCRIMINATOR, 20)  # re-entering D resets its outcome
    assert s.d_outcome == DOutcome.PENDING
