#!/usr/bin/python3
"""Train Tend's baby-cry detector and export it to ONNX.

Run by hand (never in CI), from the repository root:

    /usr/bin/python3 models/cry-detect/train.py

Reads ../shared/data/cry (see its README), writes beside this file:
  cry-detect.onnx   raw 16 kHz float PCM [batch, 32000] -> cry probability [batch]
  eval.json         validation-chosen threshold and held-out results (per 5 s clip)
  splits.csv        every file and the split it went to (train / val / heldout / excluded)
  parity.json       torch window probabilities on fixed clips, checked by the TypeScript tests

The feature extraction (framing, Hann-windowed DFT, power, mel filterbank, log) lives
inside the network as fixed conv1d / matmul weights, because torch.stft does not export to
ONNX (see shared/docs/environment-notes.md); so the app feeds raw PCM and no feature code
has to be kept in step between Python and TypeScript.
"""

import csv
import hashlib
import json
import math
import os
import sys
import time

import numpy as np
import soundfile as sf
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.abspath(os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'cry'))

SR = 16000
WIN_S = 2.0  # model window (s): long enough for one cry bout and its inhalation
HOP_S = 1.0  # window hop (s) used by the app and by the clip evaluation (50 % overlap)
WIN = int(SR * WIN_S)
HOP = int(SR * HOP_S)
CLIP_S = 5.0  # evaluation unit: the issue asks for recall/FPR per 5-second clip
N_FFT = 512  # 32 ms Hann frames: resolves a cry's 300-600 Hz fundamental and harmonics
FRAME_HOP = 256  # 16 ms
N_MELS = 64
F_MIN, F_MAX = 50.0, 8000.0
VAL_MAX_FPR = 0.03  # operating point rule, fixed before any held-out result was looked at
SEED = 20261123
EPOCHS = 40  # v3 (v1, v2: 30; v2's best checkpoint was its epoch 29 of 30)
STEPS_PER_EPOCH = 40
BATCH = 64

# v2: synthetic hard negatives (tones, beeps, alarms, sweeps, noise, near-silence, clicks).
# v1 scored a pure 440 Hz tone as cry at 0.998: none of the training negatives is a steady
# tone, and a tone's narrow, stable harmonic lines look more like a cry than like the
# broadband sounds the model had seen. The share is modest so that real sounds still
# dominate. None of this touches the held-out set (splits.csv is unchanged).
SYNTH_SEED = SEED + 2  # training synthetics; validation uses SYNTH_SEED + 1
SYNTH_TRAIN_CLIPS = 400  # 5 s each, drawn at SYNTH_SHARE of negative draws
SYNTH_VAL_CLIPS = 64  # 5 s each, added to the validation negatives (~15 %)
SYNTH_SHARE = 0.15  # share of training negative draws that are synthetic
# Ship rule, fixed before any v2 held-out number was computed (MODEL.md "v2"): ship v2 only
# if (a) its validation AUC is >= v1's (0.9981) - 0.005, both on v1's validation clips and
# on the validation set with the synthetic negatives, and (b) every signal of
# fixed_test_signals() scores (max over the clip's windows) below v2's threshold.
V1_VAL_AUC = 0.9981
AUC_MARGIN = 0.005
TEST_LEVELS_DBFS = (-6.0, -26.0)  # peak level of the fixed test signals

# v3 (MODEL.md "v3", written before v3 was trained): v1 and v2 were both scored on the same
# held-out set (H1), and v3's changes were chosen knowing what v2 got wrong there, so H1 can
# no longer say anything honest about v3. v3 therefore mirrors every split rule: the new
# held-out set (H3) is taken from the other end of each ordering (ESC-50 fold 1; the *first*
# 20 % of donateacry installs, speakers, recordings and background windows), validation is the
# next 15 % (ESC-50 fold 2), and H1 joins training. H3 was trained on by v1 and v2 but has
# never been scored by any model; v3 is scored on it once. train.py checks H3 and H1 share no
# file and no recording/install/speaker unit.
VERSION = 4
# Ship rule for v3, fixed before training: validation AUC >= 0.99 and every fixed test
# signal below v3's threshold; otherwise v2 stays and H3 is not scored.
V3_MIN_VAL_AUC = 0.99
# Speed perturbation (v3), both classes alike: resample a crop by r in [SPEED_MIN, SPEED_MAX]
# (pitch and tempo together), so a higher-pitched laugh or a lower cry is not new to the model.
SPEED_P = 0.5
SPEED_MIN, SPEED_MAX = 0.8, 1.25

# v4 (MODEL.md "v4", written and committed before v4 was trained). v2 on H1 and v3 on H3 both
# had a held-out FPR about twice the validation FPR their threshold was chosen for, with cats
# and animal calls as the main false alarms. v4: a third, fresh held-out set H4 (ESC-50 fold 2
# and, in every other ordering, the block right after H3's, never overlapping H1 or H3);
# validation ESC-50 fold 3 and the block after H4; an ensemble of two networks (seeds below,
# probabilities averaged, one shared log-mel front end in the graph); acoustically confusable
# negatives drawn 3x as often; threshold: the lowest with FPR <= 1.5 % on the real validation
# negatives (synthetic ones are checked separately: all must score below it).
SEEDS = (SEED, SEED + 10)
VAL_MAX_FPR_REAL = 0.015
CONFUSABLE_WEIGHT = 3.0
CONFUSABLE = ('cat', 'laughing', 'baby_laugh', 'sheep', 'hen', 'rooster', 'crow', 'frog', 'cow', 'pig',
              'door_wood_creaks', 'siren', 'sneezing', 'coughing', 'chirping_birds', 'dog', 'background_dude_miaowing')
V4_MIN_VAL_AUC = 0.99
CKPT = '/tmp/cry-detect-v4-checkpoint.pt'  # best weights, so a crash after training costs no retrain

torch.set_num_threads(2)
SMOKE = os.environ.get('CRY_SMOKE') == '1'  # 2 short epochs, writes nothing here, stops before held-out
if SMOKE:
    EPOCHS, STEPS_PER_EPOCH = 2, 2


# ---------------------------------------------------------------------------------------
# Splits


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def assign_splits():
    """Return rows {path, filename, source, category, label, split, unit}.

    v3 held out (H3; never trained on, never used for any choice): ESC-50 fold 1; donateacry
    verified cries of the first 20 % of app-install UUIDs (sha256 order); one FSDD speaker;
    one giulbia cry recording and one baby-laugh recording (first 20 % of recordings); the
    first 20 % of the windows of each long background recording; 20 % of Speech Commands
    words; one saha0073 file per category. Validation (threshold and checkpoint choice only):
    ESC-50 fold 2 and the next 15 % of each ordering. v1/v2 took all of these from the other
    end (their held-out set H1 is in splits-v1v2.csv); H1 is training data for v3.
    """
    rows = []
    # donateacry: only KTH-verified cries are trustworthy; the rest is excluded everywhere.
    with open(os.path.join(DATA, 'donateacry_train', 'metadata.csv')) as f:
        meta = list(csv.DictReader(f))
    uuids = sorted({r['uuid'].lower() for r in meta}, key=sha)
    n = len(uuids)
    n_held = round(0.20 * n)
    n_val = round(0.15 * n)
    # v4: H3 took uuids[:n_held], H1 uuids[n - n_held:]; H4 is the block after H3's.
    held_u = set(uuids[n_held:2 * n_held])
    val_u = set(uuids[2 * n_held:2 * n_held + n_val])
    for r in meta:
        u = r['uuid'].lower()
        split = 'heldout' if u in held_u else 'val' if u in val_u else 'train'
        if r['kth_verified_cry'] != '1':
            split = 'excluded_unverified' + ('_heldout' if u in held_u else '')
        rows.append(dict(path=os.path.join(DATA, 'donateacry_train', r['filename']), filename=r['filename'],
                         source='donateacry', category='cry_kth_verified' if r['kth_verified_cry'] == '1' else
                         'cry_unverified', label=1, split=split, unit='uuid:' + u))

    with open(os.path.join(DATA, 'negatives_train', 'labels.csv')) as f:
        labels = {r['filename']: r for r in csv.DictReader(f)}
    with open(os.path.join(DATA, 'negatives_train', 'metadata.csv')) as f:
        nmeta = {r['filename']: r for r in csv.DictReader(f)}

    def unit_rank(units):
        """Split a list of units by sha256 order: last 20 % held out, 15 % before it val."""
        units = sorted(set(units), key=sha)
        k = len(units)
        nh = max(1, round(0.2 * k)) if k >= 2 else 0
        nv = round(0.15 * k) if k >= 5 else 0
        out = {}
        for i, u in enumerate(units):  # v4: H4 after H3's front block, never in H1's back block
            out[u] = 'train' if i < nh or i >= k - nh else 'heldout' if i < 2 * nh else \
                'val' if i < 2 * nh + nv else 'train'
        return out

    def window_rank(units):
        """Windows of one long recording: keep time order; last 20 % held out, 15 % val."""
        def idx(u):
            return int(u.split('#win')[1])
        units = sorted(set(units), key=idx)
        k = len(units)
        nh = max(1, round(0.2 * k))
        nv = max(1, round(0.15 * k))
        return {u: 'train' if i < nh or i >= k - nh else 'heldout' if i < 2 * nh else  # v4
                'val' if i < 2 * nh + nv else 'train' for i, u in enumerate(units)}

    groups = {}
    for fn, lab in labels.items():
        groups.setdefault((lab['source'], lab['category']), []).append(fn)
    for (source, category), fns in groups.items():
        units = {fn: nmeta[fn]['split_unit'] for fn in fns}
        if source.startswith('londonreturns/ESC-50'):
            split_of = {fn: {'2': 'heldout', '3': 'val'}.get(labels[fn]['fold'], 'train') for fn in fns}
        elif category in ('speech_spoken_digit', 'speech_command_word') or source.startswith('saha0073'):
            rank = unit_rank(units.values())
            split_of = {fn: rank[units[fn]] for fn in fns}
        elif category in ('crying_baby_home_recording', 'baby_laugh'):
            # Whole recordings held out: windows of one recording share baby, room and mic.
            recs = {fn: units[fn].split('#win')[0] for fn in fns}
            rank = unit_rank(recs.values())
            split_of = {fn: 'train' if rank[recs[fn]] == 'val' else rank[recs[fn]] for fn in fns}
        elif '#win' in next(iter(units.values())):
            recs = {}
            for fn in fns:
                recs.setdefault(units[fn].split('#win')[0], []).append(fn)
            split_of = {}
            for rec, rfns in recs.items():
                rank = window_rank([units[fn] for fn in rfns])
                for fn in rfns:
                    split_of[fn] = rank[units[fn]]
        else:
            # UrbanSound8K: one Freesound recording per category, too few to split.
            split_of = {fn: 'train' for fn in fns}
        for fn in fns:
            rows.append(dict(path=os.path.join(DATA, 'negatives_train', fn), filename=fn, source=source,
                             category=category, label=int(labels[fn]['is_cry']), split=split_of[fn],
                             unit=units[fn] or ('esc50_fold' + labels[fn]['fold'])))
    return rows


# ---------------------------------------------------------------------------------------
# Model: fixed front end (framing + DFT + mel + log) and a small CNN


def mel_matrix():
    """Triangular mel filterbank [N_MELS, N_FFT/2+1], HTK mel scale (Young et al., HTK Book
    sec. 5.4: mel = 2595 log10(1 + f/700)), each filter normalised to unit area (Slaney)."""
    def hz2mel(f):
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def mel2hz(m):
        return 700.0 * (10.0 ** (m / 2595.0) - 1.0)
    bins = np.arange(N_FFT // 2 + 1) * SR / N_FFT
    pts = mel2hz(np.linspace(hz2mel(F_MIN), hz2mel(F_MAX), N_MELS + 2))
    m = np.zeros((N_MELS, len(bins)), dtype=np.float64)
    for i in range(N_MELS):
        lo, c, hi = pts[i], pts[i + 1], pts[i + 2]
        up = (bins - lo) / (c - lo)
        down = (hi - bins) / (hi - c)
        m[i] = np.maximum(0.0, np.minimum(up, down))
        m[i] *= 2.0 / (hi - lo)
    return m.astype(np.float32)


class LogMel(nn.Module):
    """Raw PCM [B, T] -> log-mel [B, 1, N_MELS, frames]; no padding (frames start at 0)."""

    def __init__(self):
        super().__init__()
        n = np.arange(N_FFT)
        hann = 0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)  # periodic Hann
        k = np.arange(N_FFT // 2 + 1)[:, None]
        ang = 2 * np.pi * k * n[None, :] / N_FFT
        w = np.concatenate([np.cos(ang) * hann, -np.sin(ang) * hann], 0).astype(np.float32)
        self.register_buffer('dft', torch.from_numpy(w)[:, None, :])  # [2K, 1, N_FFT]
        self.register_buffer('mel', torch.from_numpy(mel_matrix()))  # [M, K]
        self.k = N_FFT // 2 + 1

    def forward(self, x):
        y = F.conv1d(x[:, None, :], self.dft, stride=FRAME_HOP)  # [B, 2K, frames]
        power = y[:, :self.k] ** 2 + y[:, self.k:] ** 2
        mel = torch.matmul(self.mel, power)  # [B, M, frames]
        # 1e-7 floor: ~ -70 dB below a full-scale sine; keeps digital silence finite.
        return torch.log(mel + 1e-7)[:, None]


def block(cin, cout):
    return nn.Sequential(nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU())


class CryNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.front = LogMel()
        self.norm = nn.BatchNorm2d(1)
        self.b1 = block(1, 16)
        self.b2 = block(16, 32)
        self.b3 = block(32, 48)
        self.b4 = block(48, 64)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(128, 1)

    def logits(self, x):
        return self.logits_from_mel(self.front(x))

    def forward(self, x):
        return torch.sigmoid(self.logits(x))

    def logits_from_mel(self, m):
        return self._head(self.norm(m))

    def _head(self, h):
        h = F.max_pool2d(self.b1(h), 2)
        h = F.max_pool2d(self.b2(h), 2)
        h = F.max_pool2d(self.b3(h), 2)
        h = self.b4(h)  # [B, 64, 8, 15]
        h = h.mean(dim=2)  # over frequency
        h = torch.cat([h.mean(dim=2), h.amax(dim=2)], 1)  # mean and max over time
        return self.fc(self.drop(h))[:, 0]


class Ensemble(nn.Module):
    """v4: the mean probability of several CryNets over one shared log-mel front end (the
    front ends are identical fixed weights, so computing it once is exact and halves its cost)."""

    def __init__(self, nets):
        super().__init__()
        self.front = LogMel()
        self.nets = nn.ModuleList(nets)

    def forward(self, x):
        m = self.front(x)
        return torch.stack([torch.sigmoid(n.logits_from_mel(m)) for n in self.nets]).mean(0)


# ---------------------------------------------------------------------------------------
# Windowing shared with the app (windowStarts in cry-model.ts mirrors this exactly)


def window_starts(n):
    """Start sample of each WIN-long window over n samples, hop HOP; a last window aligned
    to the end covers any tail; shorter input gets one zero-padded window at 0."""
    if n <= WIN:
        return [0]
    starts = list(range(0, n - WIN + 1, HOP))
    if starts[-1] + WIN < n:
        starts.append(n - WIN)
    return starts


def windows_of(x):
    out = []
    for s in window_starts(len(x)):
        w = x[s:s + WIN]
        if len(w) < WIN:
            w = np.pad(w, (0, WIN - len(w)))
        out.append(w)
    return np.stack(out).astype(np.float32)


def clips_of(x):
    """Consecutive 5 s clips of a recording; a tail under 2.5 s is dropped (unless it is all)."""
    c = int(CLIP_S * SR)
    out = []
    for s in range(0, len(x), c):
        piece = x[s:s + c]
        if s > 0 and len(piece) < c // 2:
            break
        out.append(piece)
    return out


def score_windows(model, x, batch=256):
    w = torch.from_numpy(windows_of(x))
    with torch.no_grad():
        return torch.cat([model(w[i:i + batch]) for i in range(0, len(w), batch)]).numpy()


def clip_scores(model, rows, audio):
    """Per 5 s clip: the clip's probability is the max over its windows (what analyzeWav
    reports as `probability`)."""
    scores, labels, meta = [], [], []
    allw, owner = [], []
    for r in rows:
        for ci, clip in enumerate(clips_of(audio[r['filename']])):
            ws = windows_of(clip)
            allw.append(ws)
            owner += [len(meta)] * len(ws)
            meta.append((r, ci))
    w = torch.from_numpy(np.concatenate(allw))
    with torch.no_grad():
        p = torch.cat([model(w[i:i + 256]) for i in range(0, len(w), 256)]).numpy()
    best = np.zeros(len(meta), dtype=np.float64)
    np.maximum.at(best, np.array(owner), p)
    for (r, ci), s in zip(meta, best):
        scores.append(float(s))
        labels.append(r['label'])
    return np.array(scores), np.array(labels), meta


def roc_auc(scores, labels):
    """Mann-Whitney U statistic / (n_pos n_neg), ties counted as one half."""
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return None  # undefined with one class; JSON null
    order = np.argsort(np.concatenate([pos, neg]), kind='mergesort')
    allv = np.concatenate([pos, neg])[order]
    ranks = np.empty(len(allv))
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        ranks[i:j + 1] = (i + j) / 2 + 1
        i = j + 1
    r = np.empty(len(allv))
    r[order] = ranks
    return float((r[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def rnd(x, digits=4):
    return None if x is None else round(x, digits)


def rates(scores, labels, t):
    pred = scores >= t
    tp = int(np.sum(pred & (labels == 1)))
    fp = int(np.sum(pred & (labels == 0)))
    return dict(recall=tp / max(1, int(np.sum(labels == 1))), fpr=fp / max(1, int(np.sum(labels == 0))),
                tp=tp, fp=fp, n_pos=int(np.sum(labels == 1)), n_neg=int(np.sum(labels == 0)))


def choose_threshold(scores, labels, max_fpr):
    """Lowest threshold whose false-positive rate stays <= max_fpr (max recall there)."""
    neg = np.sort(scores[labels == 0])[::-1]
    k = int(math.floor(max_fpr * len(neg)))  # negatives allowed at or above the threshold
    # Threshold just above the (k+1)-th highest negative score.
    return float(np.nextafter(np.float32(neg[k]), np.float32(1.0))) if k < len(neg) else 0.0


# ---------------------------------------------------------------------------------------
# Synthetic hard negatives (v2)

SYNTH_KINDS = ('tone', 'tone_harmonics', 'two_tone', 'pulses', 'tend_alarm', 'sweep', 'tone_noise', 'noise',
               'near_silence', 'clicks', 'whistle')

# Tend's own alarm (renderer/src/features/alerts/alarm.ts, after IEC 60601-1-8 sec. 6.3.3
# Table 4): 150 ms pulses of a fundamental and 4 harmonics at 1/h amplitude, 20 ms attack,
# 30 ms release; high priority 3+2+3+2 pulses every 8 s at 660 Hz, medium 3 every 20 s at 520 Hz.
TEND_ALARM = {'high': ([0, 0.2, 0.4, 1.0, 1.2, 2.0, 2.2, 2.4, 3.0, 3.2], 8.0, 660.0),
              'medium': ([0, 0.25, 0.5], 20.0, 520.0)}


def _t(n):
    return np.arange(n) / SR


def _harm(f, n, nh=1, phase=0.0):
    t = _t(n)
    return sum(np.sin(2 * np.pi * f * h * t + phase * h) / h for h in range(1, nh + 1) if f * h < SR / 2)


def _gate(n, starts, dur, attack=0.01, release=0.01):
    """On/off envelope: 1 during [s, s+dur) for each start (s), linear ramps."""
    t = _t(n)
    g = np.zeros(n)
    for s in starts:
        up = np.clip((t - s) / attack, 0, 1)
        down = np.clip((s + dur - t) / release, 0, 1)
        g = np.maximum(g, np.minimum(up, down))
    return g


def colored_noise(rng, n, alpha):
    """Gaussian noise with power spectrum ~ 1/f^alpha (0 white, 1 pink, 2 brown), via FFT
    shaping; floored at 20 Hz so brown noise has no DC drift."""
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.maximum(np.fft.rfftfreq(n, 1 / SR), 20.0)
    y = np.fft.irfft(spec * f ** (-alpha / 2), n)
    return y / (np.std(y) + 1e-12)


def _peak(x, dbfs):
    return x / (np.abs(x).max() + 1e-12) * 10 ** (dbfs / 20)


def tend_alarm(n, level='high', offset=0.0, freq=None):
    pulses, every, f0 = TEND_ALARM[level]
    f0 = freq or f0
    starts = [k * every + p - offset for k in range(-1, int((n / SR + offset) / every) + 2) for p in pulses]
    return _harm(f0, n, 5) * _gate(n, starts, 0.15, attack=0.02, release=0.03)


def synth_clip(rng, kind, n=int(CLIP_S * SR)):
    """One seeded synthetic negative of n samples (float32, peak -50..-1 dBFS)."""
    lf = lambda lo, hi: float(np.exp(rng.uniform(np.log(lo), np.log(hi))))  # noqa: E731
    ph = rng.uniform(0, 2 * np.pi)
    if kind == 'tone':
        x = _harm(lf(100, 4000), n, 1, ph)
    elif kind == 'tone_harmonics':  # buzzers, beepers: square-ish tones
        x = _harm(lf(100, 2000), n, int(rng.integers(2, 8)), ph)
    elif kind == 'two_tone':  # alternating two-tone alarms / doorbells
        f1, f2 = lf(300, 3000), lf(300, 3000)
        per = rng.uniform(0.2, 1.2)
        nh = int(rng.integers(1, 4))
        on = rng.uniform(0.6, 1.0) * per / 2
        starts = np.arange(-per, n / SR + per, per) + rng.uniform(0, per)
        x = _harm(f1, n, nh) * _gate(n, starts, on) + _harm(f2, n, nh) * _gate(n, starts + per / 2, on)
    elif kind == 'pulses':  # on/off beeps: microwave, monitor, reversing alarm, phone
        per = rng.uniform(0.1, 1.5)
        duty = rng.uniform(0.15, 0.7)
        starts = np.arange(-per, n / SR + per, per) + rng.uniform(0, per)
        x = _harm(lf(150, 4000), n, int(rng.integers(1, 6))) * _gate(n, starts, duty * per, 0.005, 0.005)
    elif kind == 'tend_alarm':
        level = 'high' if rng.random() < 0.7 else 'medium'
        freq = None if rng.random() < 0.6 else lf(150, 1000)
        x = tend_alarm(n, level, rng.uniform(0, 4.0 if level == 'high' else 1.0), freq)
    elif kind in ('sweep', 'whistle'):
        t = _t(n)
        if kind == 'sweep':  # linear or log chirp, or a repeating (siren-like) one
            f0, f1 = lf(100, 4000), lf(100, 4000)
            period = n / SR if rng.random() < 0.5 else rng.uniform(0.3, 3.0)
            u = (t % period) / period
            f = f0 + (f1 - f0) * u if rng.random() < 0.5 else f0 * (f1 / f0) ** u
        else:  # kettle whistle: slow glide up to 1.5-4 kHz, a little vibrato, breath noise
            f1 = lf(1500, 4000)
            f = f1 * (0.8 + 0.2 * np.minimum(1, t / rng.uniform(1, 6))) * (1 + 0.005 * np.sin(2 * np.pi * 5 * t))
        x = np.sin(2 * np.pi * np.cumsum(f) / SR + ph)
        if kind == 'whistle':
            x = x + colored_noise(rng, n, 0) * rng.uniform(0.02, 0.3)
    elif kind == 'tone_noise':
        x = _harm(lf(100, 4000), n, int(rng.integers(1, 4)), ph)
        x = x / np.std(x) + colored_noise(rng, n, float(rng.choice([0, 1, 2]))) * 10 ** (-rng.uniform(0, 30) / 20)
    elif kind == 'noise':
        x = colored_noise(rng, n, float(rng.choice([0, 1, 2])))
    elif kind == 'near_silence':  # digital near-silence: dither / mic self-noise
        x = colored_noise(rng, n, float(rng.choice([0, 1]))) * 10 ** (-rng.uniform(70, 95) / 20)
        return x.astype(np.float32)
    elif kind == 'clicks':  # ticking clock, relay, tapping: short decaying impulses
        rate = lf(0.5, 20)
        x = np.zeros(n)
        for s in np.cumsum(rng.exponential(1 / rate, int(rate * n / SR * 3) + 2)) if rng.random() < 0.5 else \
                np.arange(rng.uniform(0, 1 / rate), n / SR, 1 / rate):
            i = int(s * SR)
            if i >= n:
                break
            k = min(n - i, int(SR * 0.01))
            x[i:i + k] += rng.uniform(0.2, 1) * np.exp(-np.arange(k) / (SR * rng.uniform(0.0005, 0.003))) * \
                rng.standard_normal(k)
        x = x + colored_noise(rng, n, 0) * 1e-3
    else:
        raise ValueError(kind)
    return _peak(x, rng.uniform(-50, -1)).astype(np.float32)


def synth_rows(split, count, seed):
    """count seeded synthetic negatives (kinds in rotation), as rows plus their audio."""
    rng = np.random.default_rng(seed)
    rows, audio = [], {}
    for i in range(count):
        kind = SYNTH_KINDS[i % len(SYNTH_KINDS)]
        fn = f'synthetic/{split}/{i:04d}_{kind}'
        audio[fn] = synth_clip(rng, kind)
        rows.append(dict(path=fn, filename=fn, source='synthetic', category='synthetic_' + kind, label=0,
                         split=split, unit=fn))
    return rows, audio


def fixed_test_signals():
    """The ship rule's fixed list (fixed before the v2 held-out evaluation): 5 s each at
    peak -6 and -26 dBFS; noises are scaled to the sine's RMS (peak/sqrt 2) and clipped."""
    n = int(5 * SR)
    t = _t(n)
    out = {}
    for db in TEST_LEVELS_DBFS:
        a = 10 ** (db / 20)
        noise_rng = np.random.default_rng(1234)
        sig = {
            'tone_1000Hz': np.sin(2 * np.pi * 1000 * t),
            'tone_440Hz': np.sin(2 * np.pi * 440 * t),
            'tone_3000Hz': np.sin(2 * np.pi * 3000 * t),
            # two-tone alarm: 880 Hz and 660 Hz, 0.2 s each, 0.05 s gaps, 0.5 s cycle
            'two_tone_alarm': np.sin(2 * np.pi * 880 * t) * _gate(n, np.arange(0, 5, 0.5), 0.2, 0.005, 0.005) +
            np.sin(2 * np.pi * 660 * t) * _gate(n, np.arange(0.25, 5, 0.5), 0.2, 0.005, 0.005),
            # log sweep 100 Hz -> 4 kHz over the 5 s
            'sweep_100_4000Hz': np.sin(2 * np.pi * 100 * 5 / np.log(40) * (40 ** (t / 5) - 1)),
        }
        for k, v in sig.items():
            out[f'{k}@{db:g}dBFS'] = (v * a).astype(np.float32)
        for name, alpha in (('white_noise', 0), ('pink_noise', 1)):
            out[f'{name}@{db:g}dBFS'] = np.clip(colored_noise(noise_rng, n, alpha) * a / np.sqrt(2), -1, 1) \
                .astype(np.float32)
    return out


# ---------------------------------------------------------------------------------------
# Augmentation (on the waveform, in torch)


def lowpass_kernel(cutoff_hz, taps=101):
    """Windowed-sinc low-pass (Blackman window), unit DC gain."""
    n = np.arange(taps) - (taps - 1) / 2
    fc = cutoff_hz / SR
    h = 2 * fc * np.sinc(2 * fc * n) * np.blackman(taps)
    return torch.from_numpy((h / h.sum()).astype(np.float32))[None, None, :]


LP4K = lowpass_kernel(3800.0)
LP3K = lowpass_kernel(3000.0)


def rms(x):
    return torch.sqrt(torch.mean(x ** 2, dim=-1, keepdim=True) + 1e-10)


def augment(x, noise, gen):
    """x, noise: [B, WIN] float. Same augmentation for both classes, so none of it can
    become a cue for the label."""
    b = x.shape[0]
    u = lambda *s: torch.rand(*s, generator=gen)  # noqa: E731
    # Mix a negative clip (noise, speech, music, animals...) at 0-20 dB SNR: a cry over a
    # TV is still a cry, a cough over a fan is still no cry.
    mix = (u(b, 1) < 0.5).float()
    snr_db = u(b, 1) * 20.0
    scale = rms(x) / rms(noise) / (10 ** (snr_db / 20))
    x = x + mix * scale * noise
    # Broadband hiss at a random low level.
    hiss = (u(b, 1) < 0.3).float() * torch.randn(x.shape, generator=gen) * (10 ** (-(40 + 30 * u(b, 1)) / 20))
    x = x + hiss
    # Band-limit to 4 kHz (or 3 kHz) half the time: donateacry Android and FSDD have nothing
    # above 4 kHz, so without this the model could key on bandwidth.
    sel = u(b)
    lp4 = F.conv1d(x[:, None], LP4K, padding=LP4K.shape[-1] // 2)[:, 0]
    lp3 = F.conv1d(x[:, None], LP3K, padding=LP3K.shape[-1] // 2)[:, 0]
    x = torch.where((sel < 0.4)[:, None], lp4, torch.where((sel < 0.5)[:, None], lp3, x))
    # Gain: a microphone across the room vs at the cot; peak-normalise then -45..0 dBFS peak.
    peak = x.abs().amax(dim=1, keepdim=True) + 1e-6
    gain_db = -45.0 * u(b, 1) ** 1.5
    x = x / peak * (10 ** (gain_db / 20))
    return x


# ---------------------------------------------------------------------------------------


def load(rows):
    audio = {}
    for r in rows:
        x, sr = sf.read(r['path'], dtype='float32', always_2d=False)
        assert sr == SR and x.ndim == 1, r['path']
        audio[r['filename']] = x
    return audio


def active_starts(x):
    """Window starts whose energy is >= 20 % of the loudest window's: a crop of a cry
    file's silent padding is not a cry."""
    if len(x) <= WIN:
        return np.array([0])
    step = SR // 8
    cs = np.concatenate([[0.0], np.cumsum(x.astype(np.float64) ** 2)])
    starts = np.arange(0, len(x) - WIN + 1, step)
    e = cs[starts + WIN] - cs[starts]
    return starts[e >= 0.2 * e.max()]


def crop(x, start, rate=1.0):
    """WIN samples from start; with rate != 1 the crop spans WIN * rate source samples,
    linearly resampled to WIN (rate > 1: faster and higher, < 1: slower and lower)."""
    if rate == 1.0:
        w = x[start:start + WIN]
        return np.pad(w, (0, WIN - len(w))) if len(w) < WIN else w
    span = int(round(WIN * rate))
    src = x[start:start + span]
    if len(src) < span:
        src = np.pad(src, (0, span - len(src)))
    return np.interp(np.arange(WIN) * (span / WIN), np.arange(span), src).astype(np.float32)


def speed(rng):
    return float(np.exp(rng.uniform(np.log(SPEED_MIN), np.log(SPEED_MAX)))) if rng.random() < SPEED_P else 1.0


def main():
    t0 = time.time()

    rows = assign_splits()
    with open('/tmp/cry-smoke-splits.csv' if SMOKE else os.path.join(HERE, 'splits.csv'), 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['filename', 'source', 'category', 'label', 'split', 'unit'])
        w.writeheader()
        for r in sorted(rows, key=lambda r: (r['split'], r['source'], r['filename'])):
            w.writerow({k: r[k] for k in w.fieldnames})
    # H4 must share nothing with H1 (v1/v2's held-out set) or H3 (v3's): no file, and no
    # install, speaker, recording or background window.
    def unit_key(r):
        u = r['unit']
        return u.split('#win')[0] if r['category'] in ('crying_baby_home_recording', 'baby_laugh') else u
    h4 = [r for r in rows if r['split'] == 'heldout']
    for earlier in ('splits-v1v2.csv', 'splits-v3.csv'):
        with open(os.path.join(HERE, earlier)) as f:
            hx = [r for r in csv.DictReader(f) if r['split'] == 'heldout']
        shared_files = {r['filename'] for r in hx} & {r['filename'] for r in h4}
        shared_units = {unit_key(r) for r in hx} & {unit_key(r) for r in h4}
        assert not shared_files and not shared_units, (earlier, sorted(shared_files)[:5], sorted(shared_units)[:5])
        print(f'H4 {len(h4)} files vs held-out of {earlier} ({len(hx)} files): nothing in common', file=sys.stderr)
    used = [r for r in rows if r['split'] in ('train', 'val', 'heldout', 'excluded_unverified_heldout')]
    audio = load(used)
    train = [r for r in rows if r['split'] == 'train']
    val = [r for r in rows if r['split'] == 'val']
    held = [r for r in rows if r['split'] == 'heldout']
    for name, part in (('train', train), ('val', val), ('heldout', held)):
        print(f'{name}: {sum(r["label"] for r in part)} cry / {sum(1 - r["label"] for r in part)} not cry files',
              file=sys.stderr)

    # v2: seeded synthetic negatives into training and validation (never held out).
    s_train, a_train = synth_rows('train', SYNTH_TRAIN_CLIPS, SYNTH_SEED)
    s_val, a_val = synth_rows('val', SYNTH_VAL_CLIPS, SYNTH_SEED + 1)
    audio.update(a_train)
    audio.update(a_val)
    val_real = list(val)
    val = val + s_val
    print(f'synthetic negatives: {len(s_train)} train, {len(s_val)} val clips of {CLIP_S:g} s', file=sys.stderr)

    pos = [r for r in train if r['label'] == 1]
    neg = [r for r in train if r['label'] == 0]
    pos_starts = {r['filename']: active_starts(audio[r['filename']]) for r in pos}
    # Negative sampling weights: FSDD is 300 near-identical short digits; down-weight it so
    # the hard environmental negatives (ESC-50) are seen as often.
    # v4: acoustically confusable negatives (animal calls, laughter, creaks, sirens) 3x.
    neg_w = np.array([0.3 if r['category'] == 'speech_spoken_digit' else CONFUSABLE_WEIGHT
                      if r['category'] in CONFUSABLE else 1.0 for r in neg])
    # Synthetic clips together get SYNTH_SHARE of the negative draws (also of the mixing noise).
    neg += s_train
    neg_w = np.concatenate([neg_w, np.full(len(s_train), SYNTH_SHARE / (1 - SYNTH_SHARE) * neg_w.sum() / len(s_train))])
    neg_w /= neg_w.sum()

    resume = '--from-checkpoint' in sys.argv
    ckpt = torch.load(CKPT) if resume else {}
    ck_path = '/tmp/cry-smoke.pt' if SMOKE else CKPT  # resume: skip training, use the saved best weights

    def train_one(seed):
        rng = np.random.default_rng(seed)
        torch.manual_seed(seed)
        gen = torch.Generator().manual_seed(seed)

        def sample_neg(rate=1.0):
            r = neg[rng.choice(len(neg), p=neg_w)]
            x = audio[r['filename']]
            return crop(x, int(rng.integers(0, max(1, len(x) - int(WIN * rate) + 1))), rate)

        model = CryNet()
        opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-3)
        sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=EPOCHS * STEPS_PER_EPOCH)
        best = (-1.0, None, -1)
        for epoch in range(EPOCHS):
            model.train()
            tot = 0.0
            for _ in range(STEPS_PER_EPOCH):
                ys = (rng.random(BATCH) < 0.4).astype(np.float32)  # 40 % cries per batch
                xs = []
                for y in ys:
                    if y:
                        r = pos[rng.integers(len(pos))]
                        st = pos_starts[r['filename']]
                        xs.append(crop(audio[r['filename']], int(st[rng.integers(len(st))]), speed(rng)))
                    else:
                        xs.append(sample_neg(speed(rng)))
                noise = torch.from_numpy(np.stack([sample_neg() for _ in ys]))
                x = augment(torch.from_numpy(np.stack(xs)), noise, gen)
                loss = F.binary_cross_entropy_with_logits(model.logits(x), torch.from_numpy(ys))
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
                tot += float(loss)
            msg = f'seed {seed} epoch {epoch + 1}/{EPOCHS} loss {tot / STEPS_PER_EPOCH:.4f} {time.time() - t0:.0f}s'
            if epoch >= EPOCHS // 2 - 1:
                model.eval()
                sc, lab, _ = clip_scores(model, val, audio)
                auc = roc_auc(sc, lab)
                msg += f' val AUC {auc:.4f}'
                if auc > best[0]:
                    best = (auc, {k: v.clone() for k, v in model.state_dict().items()}, epoch + 1)
            print(msg, file=sys.stderr)
        return best

    for seed in SEEDS:
        if str(seed) not in ckpt:
            auc, state, epoch = train_one(seed)
            ckpt[str(seed)] = dict(auc=auc, state=state, epoch=epoch)
            ckpt['seconds'] = time.time() - t0
            torch.save(ckpt, ck_path)
    train_seconds = round(ckpt['seconds'])
    nets = []
    for seed in SEEDS:
        net = CryNet()
        net.load_state_dict(ckpt[str(seed)]['state'])
        nets.append(net)
        print(f'seed {seed}: checkpoint of epoch {ckpt[str(seed)]["epoch"]} (val AUC {ckpt[str(seed)]["auc"]:.4f})',
              file=sys.stderr)
    model = Ensemble(nets)
    model.eval()
    best = (None, None, [ckpt[str(seed)]['epoch'] for seed in SEEDS])

    vs, vl, vmeta = clip_scores(model, val, audio)
    # v4: threshold from the real validation negatives only (synthetic ones dilute the rate).
    rs, rl, _ = clip_scores(model, val_real, audio)
    thr = choose_threshold(rs, rl, VAL_MAX_FPR_REAL)

    # Ship rule (fixed before training; see the constants at the top).
    auc_real, auc_all = roc_auc(rs, rl), roc_auc(vs, vl)
    tests = {}
    for name, x in fixed_test_signals().items():
        tests[name] = round(float(score_windows(model, x).max()), 4)
    syn_idx = [i for i, (r, _) in enumerate(vmeta) if r['source'] == 'synthetic']
    decision = dict(
        rule=f'ship v4 if val AUC (real validation clips and with synthetic negatives) >= {V4_MIN_VAL_AUC}, '
             f'every fixed test signal and every synthetic validation negative scores below the threshold; '
             f'fixed before v4 was trained',
        threshold=round(thr, 6), val_auc_real_clips=rnd(auc_real), val_auc_with_synthetic=rnd(auc_all),
        auc_ok=bool(auc_real >= V4_MIN_VAL_AUC and auc_all >= V4_MIN_VAL_AUC),
        tests_ok=bool(all(v < thr for v in tests.values())), fixed_test_signals=tests,
        val_synthetic_flagged=int(np.sum(vs[syn_idx] >= thr)), val_synthetic_clips=len(syn_idx),
        val_real_clips=dict(roc_auc=rnd(auc_real), **{k: (round(v, 4) if isinstance(v, float) else v)
                                                      for k, v in rates(rs, rl, thr).items()}))
    decision['ship_v4'] = decision['auc_ok'] and decision['tests_ok'] and decision['val_synthetic_flagged'] == 0
    with open('/tmp/cry-v4-decision.json', 'w') as f:
        json.dump(decision, f, indent=2, allow_nan=False)
    print(json.dumps(decision, indent=1), file=sys.stderr)
    if SMOKE:  # a quick run of the code path, never of the held-out set
        torch.onnx.export(model, torch.zeros(1, WIN), '/tmp/cry-smoke.onnx', opset_version=17, input_names=['pcm'],
                          output_names=['probability'], dynamic_axes={'pcm': {0: 'batch'}, 'probability': {0: 'batch'}})
        print('smoke run: stopping before the held-out set', file=sys.stderr)
        return
    if not decision['ship_v4']:
        print('v4 fails the ship rule: v3 stays; nothing written, held-out set not evaluated', file=sys.stderr)
        return

    hs, hl, hmeta = clip_scores(model, held, audio)

    def per_group(scores, labels, meta, key):
        g = {}
        for s, l, (r, _) in zip(scores, labels, meta):
            g.setdefault(key(r), []).append((s, l))
        out = {}
        for k, v in sorted(g.items()):
            arr = np.array(v)
            out[k] = dict(clips=len(v), label=int(arr[0, 1]), flagged=int(np.sum(arr[:, 0] >= thr)),
                          max_probability=round(float(arr[:, 0].max()), 4))
        return out

    # Unverified donateacry uploads of the held-out UUIDs: not scored (no trustworthy label),
    # but how many the model flags is worth knowing.
    unv = [r for r in rows if r['split'] == 'excluded_unverified_heldout']
    us, _, _ = clip_scores(model, unv, audio)

    held_res = dict(roc_auc=rnd(roc_auc(hs, hl)), **rates(hs, hl, thr))
    by_source = {}
    for src in sorted({r['source'] for r, _ in hmeta}):
        idx = [i for i, (r, _) in enumerate(hmeta) if r['source'] == src]
        by_source[src] = dict(roc_auc=rnd(roc_auc(hs[idx], hl[idx])), **rates(hs[idx], hl[idx], thr))
    for d in [held_res, *by_source.values()]:
        d['recall'] = round(d['recall'], 4)
        d['fpr'] = round(d['fpr'], 4)
    hard = ('laughing', 'coughing', 'sneezing', 'cat', 'baby_laugh', 'breathing', 'snoring', 'speech_spoken_digit',
            'speech_command_word', 'background_dude_miaowing', 'nocry_nonoise_music', 'rooster', 'crow', 'sheep',
            'siren', 'hen', 'pig', 'cow', 'door_wood_creaks')
    groups = per_group(hs, hl, hmeta, lambda r: r['category'])
    val_res = dict(roc_auc=rnd(roc_auc(vs, vl)), **rates(vs, vl, thr))
    val_res['recall'] = round(val_res['recall'], 4)
    val_res['fpr'] = round(val_res['fpr'], 4)

    # Export: dynamic batch, fixed window length.
    onnx_path = os.path.join(HERE, 'cry-detect.onnx')
    torch.onnx.export(model, torch.zeros(1, WIN), onnx_path, opset_version=17, input_names=['pcm'],
                      output_names=['probability'], dynamic_axes={'pcm': {0: 'batch'}, 'probability': {0: 'batch'}})
    import onnx
    onnx.checker.check_model(onnx.load(onnx_path))

    with open(os.path.join(HERE, 'eval-v1.json')) as f:
        v1 = json.load(f)
    with open(os.path.join(HERE, 'eval-v2.json')) as f:
        v2 = json.load(f)
    with open(os.path.join(HERE, 'eval-v3.json')) as f:
        v3 = json.load(f)
    out = dict(
        version=VERSION,
        model='cry-detect.onnx', sample_rate=SR, window_s=WIN_S, hop_s=HOP_S, clip_s=CLIP_S,
        input='pcm float32 [batch, %d], 16 kHz mono, full scale +-1' % WIN, output='probability float32 [batch]',
        operating_point=dict(threshold=round(thr, 6),
                             rule=f'lowest threshold with FPR <= {VAL_MAX_FPR_REAL} on the real validation negatives'),
        ensemble=dict(seeds=list(SEEDS), combine='mean probability', checkpoint_epochs=best[2]),
        checkpoint_epoch=best[2], epochs=EPOCHS, seed=SEED,
        confusable_negatives=dict(weight=CONFUSABLE_WEIGHT, categories=list(CONFUSABLE)),
        heldout_set='H4: ESC-50 fold 2 and, in every other ordering, the block after H3; never scored before v4',
        speed_perturbation=dict(p=SPEED_P, rate_min=SPEED_MIN, rate_max=SPEED_MAX),
        validation=val_res,
        ship_rule=decision,
        validation_synthetic_by_category=per_group(vs[syn_idx], vl[syn_idx], [vmeta[i] for i in syn_idx],
                                                   lambda r: r['category']),
        synthetic=dict(train_clips=SYNTH_TRAIN_CLIPS, val_clips=SYNTH_VAL_CLIPS, clip_s=CLIP_S,
                       train_share_of_negative_draws=SYNTH_SHARE, kinds=list(SYNTH_KINDS)),
        heldout=held_res,
        heldout_by_source=by_source,
        heldout_hard_negatives={k: v for k, v in groups.items() if k in hard},
        heldout_by_category=groups,
        heldout_unverified_donateacry=dict(clips=len(us), flagged=int(np.sum(us >= thr))),
        train_files=dict(cry=len(pos), not_cry=len(neg) - len(s_train), synthetic=len(s_train)),
        onnx_bytes=os.path.getsize(onnx_path),
        train_seconds=train_seconds,
        torch=torch.__version__,
        history=dict(v1=dict(threshold=v1['operating_point']['threshold'], validation=v1['validation'],
                             heldout=v1['heldout'], note='on H1; full v1 results in eval-v1.json'),
                     v2=dict(threshold=v2['operating_point']['threshold'], validation=v2['validation'],
                             heldout=v2['heldout'], note='on H1; full v2 results in eval-v2.json'),
                     v3=dict(threshold=v3['operating_point']['threshold'], validation=v3['validation'],
                             heldout=v3['heldout'], note='on H3; full v3 results in eval-v3.json')),
    )
    with open(os.path.join(HERE, 'eval.json'), 'w') as f:
        json.dump(out, f, indent=2, allow_nan=False)  # NaN is not JSON; the app's loader rejects it
        f.write('\n')

    # Parity fixtures: torch window probabilities on a few held-out files (read by the
    # TypeScript integration test through onnxruntime-node on the same files).
    picks = []
    for want in ('donateacry', 'londonreturns/ESC-50_Sound_Classification'):
        for lab in (1, 0):
            cand = sorted((r for r in held if r['source'] == want and r['label'] == lab), key=lambda r: r['filename'])
            if cand:
                picks.append(cand[0])
    picks += sorted((r for r in held if r['category'] == 'laughing'), key=lambda r: r['filename'])[:1]
    parity = []
    for r in picks:
        x = audio[r['filename']]
        parity.append(dict(file=os.path.relpath(r['path'], DATA), label=r['label'], samples=len(x),
                           window_starts=window_starts(len(x)),
                           probabilities=[round(float(p), 6) for p in score_windows(model, x)]))
    with open(os.path.join(HERE, 'parity.json'), 'w') as f:
        json.dump(dict(note='torch (not ONNX) window probabilities; data root = shared/data/cry', clips=parity), f,
                  indent=2)
        f.write('\n')
    print(json.dumps({k: out[k] for k in ('operating_point', 'validation', 'heldout')}, indent=1), file=sys.stderr)
    print(f'done in {time.time() - t0:.0f}s', file=sys.stderr)


if __name__ == '__main__':
    main()
