/**
 * AES-128 (FIPS-197) and CCM (NIST SP 800-38C, RFC 3610) in plain TypeScript, enough to
 * open BTHome's encrypted advertisements. The profiles stay free of Node APIs (they run
 * in any JavaScript realm), so this does not use `node:crypto`; the tests check it against
 * FIPS-197's example, the BTHome specification's worked example and Node's own
 * `aes-128-ccm`. Only the forward cipher is needed: CCM decrypts by running counter mode
 * forwards and recomputing the CBC-MAC.
 */

const SBOX = new Uint8Array(256);
{
  // FIPS-197 §5.1.1: S(x) = affine(x⁻¹ in GF(2⁸)). Walk the field by powers of 3 (p) and
  // of its inverse (q) together, so q = p⁻¹ at each step.
  const rotl8 = (x: number, s: number) => ((x << s) | (x >>> (8 - s))) & 0xff;
  let p = 1;
  let q = 1;
  do {
    p = p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    SBOX[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
  } while (p !== 1);
  SBOX[0] = 0x63;
}

/** Multiplication by x (0x02) in GF(2⁸) modulo x⁸+x⁴+x³+x+1. */
const xtime = (b: number) => ((b << 1) ^ (b & 0x80 ? 0x1b : 0)) & 0xff;

/** FIPS-197 §5.2 key expansion for a 16-byte key: 11 round keys of 16 bytes. */
function expandKey(key: Uint8Array): Uint8Array {
  if (key.length !== 16) throw new RangeError(`AES-128 key is ${key.length} bytes, needs 16`);
  const w = new Uint8Array(176);
  w.set(key);
  let rcon = 1;
  for (let i = 16; i < 176; i += 4) {
    let t0 = w[i - 4], t1 = w[i - 3], t2 = w[i - 2], t3 = w[i - 1];
    if (i % 16 === 0) {
      // RotWord, SubWord, Rcon
      const r = t0;
      t0 = SBOX[t1] ^ rcon;
      t1 = SBOX[t2];
      t2 = SBOX[t3];
      t3 = SBOX[r];
      rcon = xtime(rcon);
    }
    w[i] = w[i - 16] ^ t0;
    w[i + 1] = w[i - 15] ^ t1;
    w[i + 2] = w[i - 14] ^ t2;
    w[i + 3] = w[i - 13] ^ t3;
  }
  return w;
}

/** Encrypts one 16-byte block with expanded key `w` (FIPS-197 §5.1). */
function encryptBlock(w: Uint8Array, input: Uint8Array): Uint8Array {
  const s = new Uint8Array(16);
  for (let i = 0; i < 16; i++) s[i] = input[i] ^ w[i];
  const t = new Uint8Array(16);
  for (let round = 1; round <= 10; round++) {
    // SubBytes + ShiftRows: byte (row r, column c) comes from column c + r.
    for (let c = 0; c < 4; c++) {
      for (let r = 0; r < 4; r++) t[r + 4 * c] = SBOX[s[r + 4 * ((c + r) % 4)]];
    }
    if (round < 10) {
      for (let c = 0; c < 4; c++) {
        const a0 = t[4 * c], a1 = t[4 * c + 1], a2 = t[4 * c + 2], a3 = t[4 * c + 3];
        const all = a0 ^ a1 ^ a2 ^ a3;
        // MixColumns: b_i = a_i ⊕ all ⊕ 2·(a_i ⊕ a_{i+1})
        s[4 * c] = a0 ^ all ^ xtime(a0 ^ a1);
        s[4 * c + 1] = a1 ^ all ^ xtime(a1 ^ a2);
        s[4 * c + 2] = a2 ^ all ^ xtime(a2 ^ a3);
        s[4 * c + 3] = a3 ^ all ^ xtime(a3 ^ a0);
      }
    } else {
      s.set(t);
    }
    for (let i = 0; i < 16; i++) s[i] ^= w[16 * round + i];
  }
  return s;
}

/** AES-128 encryption of one 16-byte block (ECB), exported for the FIPS-197 test. */
export function aes128EncryptBlock(key: Uint8Array, block: Uint8Array): Uint8Array {
  if (block.length !== 16) throw new RangeError(`AES block is ${block.length} bytes, needs 16`);
  return encryptBlock(expandKey(key), block);
}

/**
 * CCM's two passes for a nonce of 7–13 bytes, no associated data (BTHome has none), tag
 * of `tagLength` bytes. Returns the other text (plain ↔ cipher) and the tag computed
 * over the plaintext, already encrypted with S0 (SP 800-38C §6.1).
 */
function ccm(key: Uint8Array, nonce: Uint8Array, text: Uint8Array, tagLength: number, decrypting: boolean): { out: Uint8Array; tag: Uint8Array } {
  if (nonce.length < 7 || nonce.length > 13) throw new RangeError(`CCM nonce is ${nonce.length} bytes, needs 7–13`);
  if (tagLength < 4 || tagLength > 16 || tagLength % 2 !== 0) throw new RangeError(`CCM tag length ${tagLength} is not 4, 6, …, 16`);
  const w = expandKey(key);
  const L = 15 - nonce.length; // octets of the length / counter field
  if (L < 4 && text.length >= 2 ** (8 * L)) throw new RangeError(`CCM message of ${text.length} bytes is too long for this nonce`);
  const block = (flags: number, n: number) => {
    const b = new Uint8Array(16);
    b[0] = flags;
    b.set(nonce, 1);
    for (let i = 0, v = n; i < L; i++, v = Math.floor(v / 256)) b[15 - i] = v & 0xff;
    return b;
  };
  // Counter mode: A_i = flags (L-1) | nonce | i; S_i = E(K, A_i); text ⊕ S_1, S_2, …
  const out = new Uint8Array(text.length);
  for (let off = 0, i = 1; off < text.length; off += 16, i++) {
    const s = encryptBlock(w, block(L - 1, i));
    for (let j = 0; j < 16 && off + j < text.length; j++) out[off + j] = text[off + j] ^ s[j];
  }
  const plain = decrypting ? out : text;
  // CBC-MAC: B_0 = flags (Adata=0, M'=(M-2)/2, L'=L-1) | nonce | length, then the
  // plaintext zero-padded to whole blocks.
  let x = encryptBlock(w, block((((tagLength - 2) / 2) << 3) | (L - 1), plain.length));
  for (let off = 0; off < plain.length; off += 16) {
    const b = new Uint8Array(16);
    b.set(plain.subarray(off, off + 16));
    for (let j = 0; j < 16; j++) b[j] ^= x[j];
    x = encryptBlock(w, b);
  }
  const s0 = encryptBlock(w, block(L - 1, 0));
  const tag = new Uint8Array(tagLength);
  for (let j = 0; j < tagLength; j++) tag[j] = x[j] ^ s0[j];
  return { out, tag };
}

/** AES-128-CCM encryption: ciphertext and tag (MIC). */
export function aesCcmEncrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, tagLength: number): { ciphertext: Uint8Array; tag: Uint8Array } {
  const { out, tag } = ccm(key, nonce, plaintext, tagLength, false);
  return { ciphertext: out, tag };
}

/**
 * AES-128-CCM decryption: the plaintext, or undefined when the tag does not match (wrong
 * key, wrong nonce, or a changed frame). The comparison runs over every byte.
 */
export function aesCcmDecrypt(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, tag: Uint8Array): Uint8Array | undefined {
  const { out, tag: expected } = ccm(key, nonce, ciphertext, tag.length, true);
  let diff = 0;
  for (let j = 0; j < tag.length; j++) diff |= tag[j] ^ expected[j];
  return diff === 0 ? out : undefined;
}
