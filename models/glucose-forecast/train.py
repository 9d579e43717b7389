#!/usr/bin/env python3
"""
Trains the glucose forecast model (MODEL.md: protocol, data, results). Run by hand with
Debian's Python (`apt-get install python3-torch python3-onnx`), never in CI:

    npx tsx scripts/glucose-forecast/make-sim.ts /tmp/sim-cgm.csv
    /usr/bin/python3 models/glucose-forecast/train.py /tmp/sim-cgm.csv

Writes glucose-forecast.onnx, train-report.json and parity.json beside this file. The
held-out people are never loaded into a training or validation array (asserted), and no
test-set number is computed here: eval.ts scores the exported model once, in TypeScript,
with the app's own feature code.
"""
import csv
import hashlib
import json
import os
import sys
from datetime import datetime, timezone

import numpy as np
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'cgm', 'real')
REAL_FILES = ['example_data_5_subject.csv', 'example_data_hall.csv']

# Must match models/glucose-forecast/forecast-model.ts.
STEP = 5  # minutes between grid points
HISTORY = 13  # points: 60 minutes
HORIZONS = 27  # 5 … 135 minutes ahead
MAX_GAP = 15  # minutes between readings still interpolated across
SCALE = 50.0
CENTRE = 140.0
QUANTILES = (0.1, 0.5, 0.9)
SEED = 7


def split_ids(ids):
    order = sorted(ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    return order[:6], order[6:10], order[10:]


def minutes(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone.utc).timestamp() / 60.0


def load(path):
    by = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            by.setdefault(r['id'], []).append((minutes(r['time']), float(r['gl'])))
    out = {}
    for k, rows in by.items():
        rows.sort()
        t = np.array([r[0] for r in rows])
        v = np.array([r[1] for r in rows])
        keep = np.concatenate([[True], np.diff(t) > 0])  # one reading per time
        out[k] = (t[keep], v[keep])
    return out


def on_grid(t, v, q):
    """Linear interpolation at times q between readings ≤ MAX_GAP apart; NaN elsewhere."""
    i = np.searchsorted(t, q, side='right') - 1
    out = np.full(q.shape, np.nan)
    ok = i >= 0
    exact = ok & (t[np.clip(i, 0, len(t) - 1)] == q)
    out[exact] = v[i[exact]]
    inner = ok & ~exact & (i + 1 < len(t))
    j = np.clip(i + 1, 0, len(t) - 1)
    gap = t[j] - t[np.clip(i, 0, len(t) - 1)]
    inner &= gap <= MAX_GAP
    w = (q - t[np.clip(i, 0, len(t) - 1)]) / np.where(gap > 0, gap, 1)
    out[inner] = (v[i] + w * (v[j] - v[i]))[inner]
    return out


def features(hist):
    """hist: [n, 13] grid values oldest → newest, mg/dL. Returns [n, 13] model inputs."""
    last = hist[:, -1:]
    return np.concatenate([(hist[:, :-1] - last) / SCALE, (last - CENTRE) / SCALE], axis=1).astype(np.float32)


def samples(series):
    xs, ys, ms = [], [], []
    back = np.arange(-(HISTORY - 1), 1) * STEP
    ahead = np.arange(1, HORIZONS + 1) * STEP
    for t, v in series.values():
        q = t[:, None] + back[None, :]
        h = on_grid(t, v, q.ravel()).reshape(q.shape)
        ok = ~np.isnan(h).any(axis=1)
        f = t[:, None] + ahead[None, :]
        y = on_grid(t, v, f.ravel()).reshape(f.shape)
        has = ~np.isnan(y)
        ok &= has.any(axis=1)
        xs.append(features(h[ok]))
        ys.append(np.nan_to_num((y[ok] - h[ok, -1:]) / SCALE).astype(np.float32))
        ms.append(has[ok].astype(np.float32))
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ms)


class Forecast(nn.Module):
    """MLP → per horizon a median change and two positive offsets (ordered quantiles), mg/dL."""

    def __init__(self, width=128):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(HISTORY, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(), nn.Linear(width, HORIZONS * 3))

    def forward(self, x):
        o = self.body(x).view(-1, HORIZONS, 3)
        mid = o[:, :, 1]
        lo = mid - nn.functional.softplus(o[:, :, 0])
        hi = mid + nn.functional.softplus(o[:, :, 2])
        return torch.stack([lo, mid, hi], dim=2) * SCALE


def pinball(pred, y, m):
    loss = 0.0
    for k, q in enumerate(QUANTILES):
        e = y * SCALE - pred[:, :, k]
        loss = loss + (torch.maximum(q * e, (q - 1) * e) * m).sum() / m.sum()
    return loss / len(QUANTILES) / SCALE


def train(x, y, m, vx, vy, vm, epochs=40):
    torch.manual_seed(SEED)
    net = Forecast()
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
            loss = pinball(net(X[idx]), Y[idx], M[idx])
            loss.backward()
            opt.step()
        sched.step()
        net.eval()
        with torch.no_grad():
            val = pinball(net(VX), VY, VM).item()
        if val < best:
            best, best_state, best_epoch = val, {k: t.clone() for k, t in net.state_dict().items()}, epoch
        print(f'  epoch {epoch:2d} val pinball {val:.4f}', file=sys.stderr)
    net.load_state_dict(best_state)
    net.eval()
    return net, best, best_epoch


def main():
    sim_path = sys.argv[1] if len(sys.argv) > 1 else '/tmp/sim-cgm.csv'
    real = {}
    for f in REAL_FILES:
        real.update(load(os.path.join(REAL, f)))
    test, val, tr = split_ids(real.keys())
    assert len(test) == 6 and len(val) == 4 and len(tr) == 14
    assert not (set(test) & (set(val) | set(tr))) and not (set(val) & set(tr))
    sim = load(sim_path)
    assert all(k.startswith('sim-') for k in sim)

    vx, vy, vm = samples({k: real[k] for k in val})
    rx, ry, rm = samples({k: real[k] for k in tr})
    sx, sy, sm = samples(sim)
    print(f'samples: real train {len(rx)}, sim {len(sx)}, validation {len(vx)}', file=sys.stderr)

    candidates = {}
    print('candidate a: real only', file=sys.stderr)
    candidates['a_real'] = train(rx, ry, rm, vx, vy, vm)
    print('candidate b: real + simulated', file=sys.stderr)
    candidates['b_real_sim'] = train(np.concatenate([rx, sx]), np.concatenate([ry, sy]), np.concatenate([rm, sm]), vx, vy, vm)
    chosen = min(candidates, key=lambda k: candidates[k][1])
    net = candidates[chosen][0]
    print(f'chosen: {chosen}', file=sys.stderr)

    dummy = torch.zeros(1, HISTORY)
    torch.onnx.export(net, dummy, os.path.join(HERE, 'glucose-forecast.onnx'), input_names=['features'], output_names=['change_mg_dl'],
                      dynamic_axes={'features': {0: 'batch'}, 'change_mg_dl': {0: 'batch'}}, opset_version=17)

    # Parity fixtures: raw readings (minutes, mg/dL) of a few validation windows, the grid
    # and features this code makes of them, and what the network answers.
    rng = np.random.default_rng(SEED)
    fixtures = []
    vid = val[0]
    t, v = real[vid]
    for n in rng.choice(np.arange(HISTORY * 3, len(t)), size=40, replace=False):
        q = t[n] + np.arange(-(HISTORY - 1), 1) * STEP
        h = on_grid(t, v, q)
        lo = np.searchsorted(t, t[n] - 80)
        if np.isnan(h).any():
            fixtures.append({'readings': [[float(a), float(b)] for a, b in zip(t[lo:n + 1], v[lo:n + 1])], 'grid': None})
            continue
        x = features(h[None, :])
        with torch.no_grad():
            out = net(torch.from_numpy(x)).numpy()[0]
        fixtures.append({'readings': [[float(a), float(b)] for a, b in zip(t[lo:n + 1], v[lo:n + 1])], 'grid': h.tolist(), 'features': x[0].tolist(), 'output': out.tolist()})
    with open(os.path.join(HERE, 'parity.json'), 'w') as f:
        json.dump({'note': 'made by train.py from validation person ' + vid + '; times in minutes since the epoch', 'fixtures': fixtures}, f)

    report = {
        'version': 1,
        'step_min': STEP, 'history_points': HISTORY, 'horizons': HORIZONS, 'max_gap_min': MAX_GAP, 'scale': SCALE, 'centre': CENTRE,
        'quantiles': list(QUANTILES),
        'split': {'test': test, 'validation': val, 'train': tr, 'simulated': sorted(sim.keys())},
        'samples': {'real_train': int(len(rx)), 'simulated': int(len(sx)), 'validation': int(len(vx))},
        'candidates': {k: {'validation_pinball_mg_dl': round(c[1] * SCALE, 3), 'best_epoch': c[2]} for k, c in candidates.items()},
        'chosen': chosen,
    }
    with open(os.path.join(HERE, 'train-report.json'), 'w') as f:
        json.dump(report, f, indent=2)
        f.write('\n')
    print(json.dumps(report['candidates']), file=sys.stderr)


if __name__ == '__main__':
    main()
