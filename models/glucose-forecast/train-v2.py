#!/usr/bin/env python3
"""
Trains forecast v2 (PROTOCOL-v2.md) on the real type 1 people of ../shared/data/cgm-t1d with
their logged boluses and meals as inputs. Run by hand with Debian's Python, never in CI:

    /usr/bin/python3 models/glucose-forecast/train-v2.py

Writes glucose-forecast-v2.onnx, split-v2.csv, train-report-v2.json and parity-v2.json beside
this file. The held-out people are never loaded into a training or validation array
(asserted); eval-v2.ts scores the exported graph once, in TypeScript, with the app's own
feature code (forecast-model-v2.ts).
"""
import csv
import hashlib
import json
import math
import os
import sys
from datetime import datetime

import numpy as np
import torch
from torch import nn

torch.set_num_threads(1)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'cgm-t1d')

# Must match models/glucose-forecast/forecast-model-v2.ts.
STEP = 5
HORIZONS = 27
MAX_GAP = 20
MIN_ANCHOR_STEP = 4
SCALE = 50.0
CENTRE = 140.0
EVENTS_LOOKBACK = 24 * 60
IOB_DURATION = 300.0
IOB_PEAK = 75.0
CARB_ABSORPTION = 180.0
AHEAD = (0, 30, 60, 120)
IOB_SCALE = 10.0
COB_SCALE = 50.0
N_EVENT = 1 + 2 * len(AHEAD)
QUANTILES = (0.1, 0.5, 0.9)
SEED = 7
DROP_EVENTS = 0.3
SPLIT = {
    'test': ['UoM2306', 'UoM2401', 'UoM2305'],
    'validation': ['UoM2314', 'UoM2403'],
    'train': ['UoM2309', 'UoM2313', 'UoM2301', 'UoM2320', 'UoM2404', 'UoM2307', 'UoM2405', 'UoM2308', 'UoM2302', 'UoM2304', 'UoM2310'],
}


def split_ids(ids):
    order = sorted(ids, key=lambda i: hashlib.sha1(('tend-forecast-v2:' + i).encode()).hexdigest())
    return order[:3], order[3:5], order[5:]


def minutes(s):
    return datetime.fromisoformat(s.replace('Z', '+00:00')).timestamp() / 60.0


def load(ids):
    """Only the people asked for are read into memory."""
    want = set(ids)
    cgm, bol, meal = {}, {}, {}
    with open(os.path.join(DATA, 'cgm.csv')) as f:
        for r in csv.DictReader(f):
            if r['id'] in want:
                cgm.setdefault(r['id'], []).append((minutes(r['time']), float(r['glucose'])))
    with open(os.path.join(DATA, 'insulin.csv')) as f:
        for r in csv.DictReader(f):
            if r['id'] in want and r['kind'] == 'bolus' and r['units'] and float(r['units']) > 0:
                bol.setdefault(r['id'], []).append((minutes(r['time']), float(r['units'])))
    with open(os.path.join(DATA, 'carbs.csv')) as f:
        for r in csv.DictReader(f):
            if r['id'] in want and r['grams'] and float(r['grams']) >= 0:
                meal.setdefault(r['id'], []).append((minutes(r['time']), float(r['grams'])))
    out = {}
    for k in ids:
        # One reading per time, the lowest of equal times (as v1 and cgm-csv.ts).
        rows = sorted(cgm[k])
        keep = [r for i, r in enumerate(rows) if i == 0 or r[0] > rows[i - 1][0]]
        t = np.array([r[0] for r in keep])
        v = np.array([r[1] for r in keep])
        b = sorted(bol.get(k, []))
        m = sorted(meal.get(k, []))
        out[k] = dict(t=t, v=v, bt=np.array([x[0] for x in b]), bu=np.array([x[1] for x in b]),
                      mt=np.array([x[0] for x in m]), mg=np.array([x[1] for x in m]))
    return out


def on_grid(t, v, q):
    """Linear interpolation at times q between readings ≤ MAX_GAP apart; NaN elsewhere."""
    i = np.searchsorted(t, q, side='right') - 1
    out = np.full(q.shape, np.nan)
    ic = np.clip(i, 0, len(t) - 1)
    ok = i >= 0
    exact = ok & (t[ic] == q)
    out[exact] = v[ic[exact]]
    j = np.clip(i + 1, 0, len(t) - 1)
    inner = ok & ~exact & (i + 1 < len(t))
    gap = t[j] - t[ic]
    inner &= gap <= MAX_GAP
    w = (q - t[ic]) / np.where(gap > 0, gap, 1)
    out[inner] = (v[ic] + w * (v[j] - v[ic]))[inner]
    return out


def anchors(t):
    """Forecast times: readings at least MIN_ANCHOR_STEP minutes after the previous one kept."""
    keep = []
    last = -math.inf
    for n, x in enumerate(t):
        if x - last >= MIN_ANCHOR_STEP:
            keep.append(n)
            last = x
    return np.array(keep, dtype=np.int64)


def fraction_remaining(m):
    """core/diabetes/insulin-on-board.ts fractionRemaining, duration 5 h, peak 75 min."""
    td, tp = IOB_DURATION, IOB_PEAK
    tau = tp * (1 - tp / td) / (1 - 2 * tp / td)
    a = 2 * tau / td
    S = 1 / (1 - a + (1 + a) * math.exp(-td / tau))
    r = 1 - S * (1 - a) * ((m * m / (tau * td * (1 - a)) - m / tau - 1) * np.exp(-m / tau) + 1)
    r = np.clip(r, 0, 1)
    return np.where(m <= 0, 1.0, np.where(m >= td, 0.0, r))


def window_sum(et, ev, at, back, fn):
    """For each time in `at`: sum of ev·fn(at − et) over events with at − back < et ≤ at."""
    lo = np.searchsorted(et, at - back, side='right')
    hi = np.searchsorted(et, at, side='right')
    k = int((hi - lo).max()) if len(at) else 0
    if k == 0:
        return np.zeros(len(at))
    idx = lo[:, None] + np.arange(k)[None, :]
    mask = idx < hi[:, None]
    idx = np.clip(idx, 0, max(len(et) - 1, 0))
    return (np.where(mask, ev[idx] * fn(at[:, None] - et[idx]), 0.0)).sum(axis=1)


def event_inputs(p, at):
    """[n, N_EVENT]: events flag, IOB at AHEAD ÷ 10, COB at AHEAD ÷ 50 (zero without events)."""
    bt, bu, mt, mg = p['bt'], p['bu'], p['mt'], p['mg']
    recent = np.zeros(len(at), dtype=bool)
    for et in (bt, mt):
        if len(et):
            recent |= np.searchsorted(et, at, side='right') > np.searchsorted(et, at - EVENTS_LOOKBACK, side='right')
    cols = [recent.astype(np.float64)]
    for d in AHEAD:
        cols.append(window_sum(bt, bu, at, IOB_DURATION, lambda m: fraction_remaining(m + d)) / IOB_SCALE if len(bt) else np.zeros(len(at)))
    for d in AHEAD:
        cols.append(window_sum(mt, mg, at, CARB_ABSORPTION, lambda m: np.clip(1 - (m + d) / CARB_ABSORPTION, 0, 1)) / COB_SCALE if len(mt) else np.zeros(len(at)))
    x = np.stack(cols, axis=1)
    x[~recent, 1:] = 0
    return x


def glucose_inputs(hist):
    last = hist[:, -1:]
    return np.concatenate([(hist[:, :-1] - last) / SCALE, (last - CENTRE) / SCALE], axis=1)


def person_samples(p, history):
    t, v = p['t'], p['v']
    n = anchors(t)
    at = t[n]
    back = np.arange(-(history - 1), 1) * STEP
    q = at[:, None] + back[None, :]
    h = on_grid(t, v, q.ravel()).reshape(q.shape)
    ok = ~np.isnan(h).any(axis=1)
    f = at[:, None] + np.arange(1, HORIZONS + 1)[None, :] * STEP
    y = on_grid(t, v, f.ravel()).reshape(f.shape)
    has = ~np.isnan(y)
    ok &= has.any(axis=1)
    x = np.concatenate([glucose_inputs(h[ok]), event_inputs(p, at[ok])], axis=1).astype(np.float32)
    return x, np.nan_to_num((y[ok] - h[ok, -1:]) / SCALE).astype(np.float32), has[ok].astype(np.float32), at[ok]


def samples(people, history):
    parts = [person_samples(p, history) for p in people.values()]
    return tuple(np.concatenate([p[i] for p in parts]) for i in range(3))


class Forecast(nn.Module):
    """MLP → per horizon a median change and two positive offsets (ordered quantiles), mg/dL."""

    def __init__(self, inputs, width=128):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(inputs, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(), nn.Linear(width, HORIZONS * 3))
        self.widen = 1.0

    def forward(self, x):
        o = self.body(x).view(-1, HORIZONS, 3)
        mid = o[:, :, 1]
        lo = mid - nn.functional.softplus(o[:, :, 0]) * self.widen
        hi = mid + nn.functional.softplus(o[:, :, 2]) * self.widen
        return torch.stack([lo, mid, hi], dim=2) * SCALE


def pinball(pred, y, m):
    loss = 0.0
    for k, q in enumerate(QUANTILES):
        e = y * SCALE - pred[:, :, k]
        loss = loss + (torch.maximum(q * e, (q - 1) * e) * m).sum() / m.sum()
    return loss / len(QUANTILES) / SCALE


def drop_events(x, history, g):
    """Each row with events becomes glucose-only with probability DROP_EVENTS."""
    drop = torch.rand(len(x), generator=g) < DROP_EVENTS
    x = x.clone()
    x[drop, history:] = 0
    return x


def train(x, y, m, vx, vy, vm, history, epochs=30):
    torch.manual_seed(SEED)
    net = Forecast(x.shape[1])
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs)
    X, Y, M = map(torch.from_numpy, (x, y, m))
    VX, VY, VM = map(torch.from_numpy, (vx, vy, vm))
    best, best_state, best_epoch = float('inf'), None, -1
    g = torch.Generator().manual_seed(SEED)
    for epoch in range(epochs):
        net.train()
        perm = torch.randperm(len(X), generator=g)
        for b in range(0, len(X), 512):
            idx = perm[b:b + 512]
            opt.zero_grad()
            loss = pinball(net(drop_events(X[idx], history, g)), Y[idx], M[idx])
            loss.backward()
            opt.step()
        sched.step()
        net.eval()
        with torch.no_grad():
            val = pinball(net(VX), VY, VM).item()
        if val < best:
            best, best_state, best_epoch = val, {k: t.clone() for k, t in net.state_dict().items()}, epoch
        print(f'  epoch {epoch:2d} val pinball {val * SCALE:.3f}', file=sys.stderr, flush=True)
    net.load_state_dict(best_state)
    net.eval()
    return net, best, best_epoch


def main():
    with open(os.path.join(DATA, 'cgm.csv')) as f:
        all_ids = sorted({r['id'] for r in csv.DictReader(f)})
    test, val, tr = split_ids(all_ids)
    assert len(all_ids) == 16 and test == SPLIT['test'] and val == SPLIT['validation'] and tr == SPLIT['train']
    assert not (set(test) & (set(val) | set(tr))) and not (set(val) & set(tr))
    # The held-out people are never read.
    data = load(val + tr)
    assert not set(data) & set(test)
    with open(os.path.join(HERE, 'split-v2.csv'), 'w') as f:
        f.write('id,set\n')
        for k, ids in SPLIT.items():
            for i in ids:
                f.write(f'{i},{k}\n')

    vp = {k: data[k] for k in val}
    tp = {k: data[k] for k in tr}
    candidates = {}
    sets = {}
    for name, history in (('a_60min', 13), ('b_120min', 25)):
        x, y, m = samples(tp, history)
        vparts = [person_samples(p, history) for p in vp.values()]
        vx, vy, vm = (np.concatenate([p[i] for p in vparts]) for i in range(3))
        vat = [p[3] for p in vparts]
        print(f'candidate {name}: train {len(x)} (with events {int(x[:, history].sum())}), validation {len(vx)}', file=sys.stderr, flush=True)
        net, best, epoch = train(x, y, m, vx, vy, vm, history)
        candidates[name] = dict(net=net, history=history, best=best, epoch=epoch, n_train=len(x), n_train_events=int(x[:, history].sum()), n_val=len(vx))
        sets[name] = (vx, vy, vm, vat)

    # Compare on the validation times both can forecast: those the 120-minute one has.
    common = [set(a.tolist()) for a in sets['b_120min'][3]]
    for name, c in candidates.items():
        vx, vy, vm, vat = sets[name]
        keep = np.concatenate([np.array([a in common[i] for a in at.tolist()]) for i, at in enumerate(vat)])
        with torch.no_grad():
            c['common'] = pinball(c['net'](torch.from_numpy(vx[keep])), torch.from_numpy(vy[keep]), torch.from_numpy(vm[keep])).item() * SCALE
        c['n_common'] = int(keep.sum())
        print(f'{name}: validation pinball on common times {c["common"]:.3f} (n={c["n_common"]})', file=sys.stderr, flush=True)
    chosen = min(candidates, key=lambda k: candidates[k]['common'])
    c = candidates[chosen]
    net, history = c['net'], c['history']
    vx, vy, vm, _ = sets[chosen]

    # Interval widening on validation (events as logged): smallest w reaching 80 % averaged at 30 and 60 min.
    with torch.no_grad():
        raw = net(torch.from_numpy(vx)).numpy()
    yy = vy * SCALE

    def coverage(w, h):
        mid = raw[:, h, 1]
        lo = mid - (mid - raw[:, h, 0]) * w
        hi = mid + (raw[:, h, 2] - mid) * w
        ok = vm[:, h] > 0
        return float(((yy[ok, h] >= lo[ok]) & (yy[ok, h] <= hi[ok])).mean())

    before = {h: coverage(1.0, h // 5 - 1) for h in (30, 60)}
    widen = next(round(w, 2) for w in np.arange(0.5, 3.0001, 0.01) if (coverage(w, 5) + coverage(w, 11)) / 2 >= 0.80)
    net.widen = float(widen)
    after = {h: coverage(widen, h // 5 - 1) for h in (30, 60)}
    print(f'widen {widen}: validation coverage {before} → {after}', file=sys.stderr, flush=True)

    inputs = history + N_EVENT
    torch.onnx.export(net, torch.zeros(1, inputs), os.path.join(HERE, 'glucose-forecast-v2.onnx'), input_names=['features'], output_names=['change_mg_dl'],
                      dynamic_axes={'features': {0: 'batch'}, 'change_mg_dl': {0: 'batch'}}, opset_version=17)

    # Parity fixtures: the raw readings and events before a few validation forecast times,
    # the features this code makes of them, and what the exported network answers. Some
    # with the events removed, to pin the glucose-only fallback.
    rng = np.random.default_rng(SEED)
    fixtures = []
    for vid in val:
        p = data[vid]
        n_all = anchors(p['t'])
        for n in rng.choice(n_all[n_all > 40], size=20, replace=False):
            at = p['t'][n]
            for strip in (False, True) if len(fixtures) % 4 == 0 else (False,):
                lo = np.searchsorted(p['t'], at - (history - 1) * STEP - 30)
                sel = lambda et: (et > at - EVENTS_LOOKBACK - 60) & (et <= at + 60)
                q = dict(t=p['t'][lo:n + 1], v=p['v'][lo:n + 1],
                         bt=p['bt'][sel(p['bt'])] if not strip else np.array([]), bu=p['bu'][sel(p['bt'])] if not strip else np.array([]),
                         mt=p['mt'][sel(p['mt'])] if not strip else np.array([]), mg=p['mg'][sel(p['mt'])] if not strip else np.array([]))
                h = on_grid(q['t'], q['v'], at + np.arange(-(history - 1), 1) * STEP)
                fx = {'readings': [[float(a), float(b)] for a, b in zip(q['t'], q['v'])],
                      'boluses': [[float(a), float(b)] for a, b in zip(q['bt'], q['bu'])],
                      'meals': [[float(a), float(b)] for a, b in zip(q['mt'], q['mg'])]}
                if np.isnan(h).any():
                    fixtures.append({**fx, 'grid': None})
                    continue
                x = np.concatenate([glucose_inputs(h[None, :]), event_inputs(q, np.array([at]))], axis=1).astype(np.float32)
                with torch.no_grad():
                    out = net(torch.from_numpy(x)).numpy()[0]
                fixtures.append({**fx, 'grid': h.tolist(), 'features': x[0].tolist(), 'output': out.tolist()})
    with open(os.path.join(HERE, 'parity-v2.json'), 'w') as f:
        json.dump({'note': 'made by train-v2.py from the validation people; times in minutes since the epoch; events after the forecast time are included on purpose (they must be ignored)', 'fixtures': fixtures}, f)

    report = {
        'version': 2,
        'step_min': STEP, 'history_points': history, 'horizons': HORIZONS, 'max_gap_min': MAX_GAP, 'scale': SCALE, 'centre': CENTRE,
        'events': {'lookback_min': EVENTS_LOOKBACK, 'iob_curve': {'duration_min': IOB_DURATION, 'peak_min': IOB_PEAK}, 'carb_absorption_min': CARB_ABSORPTION, 'ahead_min': list(AHEAD)},
        'inputs': inputs,
        'quantiles': list(QUANTILES),
        'split': SPLIT,
        'candidates': {k: {'history_points': v['history'], 'validation_pinball_mg_dl': round(v['best'] * SCALE, 3), 'best_epoch': v['epoch'],
                           'validation_pinball_common_times_mg_dl': round(v['common'], 3), 'common_times': v['n_common'],
                           'train_samples': v['n_train'], 'train_samples_with_events': v['n_train_events'], 'validation_samples': v['n_val']} for k, v in candidates.items()},
        'chosen': chosen,
        'interval_widen': widen,
        'validation_coverage_grid_targets': {'before': before, 'after': after},
    }
    with open(os.path.join(HERE, 'train-report-v2.json'), 'w') as f:
        json.dump(report, f, indent=2)
        f.write('\n')
    print(json.dumps(report['candidates']), file=sys.stderr)


if __name__ == '__main__':
    main()
