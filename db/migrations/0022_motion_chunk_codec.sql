-- Issue 18: raw wrist motion is kept compressed. `codec` says how each axis blob of a chunk is
-- stored (core/tremor/chunk-codec.ts): 0 the int16 little-endian codes every earlier chunk has
-- (kept as they are, still read), 1 delta + zigzag varints + raw DEFLATE. Per install, like the
-- chunks themselves (never synced).
ALTER TABLE `motion_chunks` ADD `codec` integer DEFAULT 0 NOT NULL;
