"""Writes an Ogg Opus file from any file libsndfile reads, for tests: sox has no Opus
writer and ffmpeg/opusenc are not installed, but Debian's libsndfile (>= 1.0.29) encodes
Opus. Called through ctypes so no Python package is needed.

usage: /usr/bin/python3 testing/ogg-opus-encode.py IN.wav OUT.opus
The input rate must be one Opus takes (8, 12, 16, 24 or 48 kHz); nothing is resampled.
"""
import ctypes
import sys

SFM_READ, SFM_WRITE = 0x10, 0x20
SF_FORMAT_OGG, SF_FORMAT_OPUS = 0x200000, 0x0064


class Info(ctypes.Structure):
    _fields_ = [('frames', ctypes.c_int64), ('samplerate', ctypes.c_int), ('channels', ctypes.c_int),
                ('format', ctypes.c_int), ('sections', ctypes.c_int), ('seekable', ctypes.c_int)]


sf = ctypes.CDLL('libsndfile.so.1')
sf.sf_open.restype = ctypes.c_void_p
sf.sf_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(Info)]
sf.sf_readf_float.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_float), ctypes.c_int64]
sf.sf_readf_float.restype = ctypes.c_int64
sf.sf_writef_float.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_float), ctypes.c_int64]
sf.sf_writef_float.restype = ctypes.c_int64
sf.sf_close.argtypes = [ctypes.c_void_p]
sf.sf_strerror.restype = ctypes.c_char_p
sf.sf_strerror.argtypes = [ctypes.c_void_p]

src, dst = sys.argv[1], sys.argv[2]
info = Info()
h = sf.sf_open(src.encode(), SFM_READ, ctypes.byref(info))
if not h:
    sys.exit(f'{src}: {sf.sf_strerror(None).decode()}')
buf = (ctypes.c_float * (info.frames * info.channels))()
n = sf.sf_readf_float(h, buf, info.frames)
sf.sf_close(h)
if info.samplerate not in (8000, 12000, 16000, 24000, 48000):
    sys.exit(f'{src}: {info.samplerate} Hz is not an Opus rate')
out = Info(0, info.samplerate, info.channels, SF_FORMAT_OGG | SF_FORMAT_OPUS, 0, 0)
h = sf.sf_open(dst.encode(), SFM_WRITE, ctypes.byref(out))
if not h:
    sys.exit(f'{dst}: {sf.sf_strerror(None).decode()}')
if sf.sf_writef_float(h, buf, n) != n:
    sys.exit(f'{dst}: short write')
sf.sf_close(h)
