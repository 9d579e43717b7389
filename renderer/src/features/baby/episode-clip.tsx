import { useEffect, useState } from 'react';
import type { CryEpisode } from '../../../../api/baby';
import { client } from '../../client';
import { fmtTimeSeconds } from '../../app/time-format';

/** The WAV bytes of a base64 string, as a Blob (the renderer has no Buffer). */
function wavBlob(base64: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: 'audio/wav' });
}

/**
 * The 10-second clip kept around a cry episode (`keep_clips`): a player, a download and,
 * for those who may change the subject, deletion after a confirmation. The WAV comes
 * through the typed client (`baby.clips.get`) and plays from an object URL, released when
 * the episode leaves the list.
 */
export function EpisodeClip({ subjectId, episode, canDelete, onDeleted }: { subjectId: string; episode: CryEpisode; canDelete: boolean; onDeleted: () => void }) {
  const [clip, setClip] = useState<{ url: string; filename: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const when = fmtTimeSeconds(episode.start);

  useEffect(() => {
    let alive = true;
    let url: string | null = null;
    client.call('baby.clips.get', { subject_id: subjectId, episode_id: episode.id }).then(
      (c) => {
        if (!alive) return;
        url = URL.createObjectURL(wavBlob(c.wav_base64));
        setClip({ url, filename: c.filename });
      },
      (e: Error) => alive && setError(`Could not load the clip: ${e.message}`),
    );
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [subjectId, episode.id]);

  const remove = async () => {
    setDeleting(true);
    setError(null);
    try {
      await client.call('baby.clips.delete', { subject_id: subjectId, episode_id: episode.id });
      onDeleted();
    } catch (e) {
      setError(`Could not delete the clip: ${(e as Error).message}`);
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  };

  return (
    <div className="stack" data-testid="episode-clip" style={{ marginTop: 'var(--space-2)' }}>
      {clip ? (
        <>
          <audio controls preload="metadata" src={clip.url} aria-label={`Clip of crying at ${when}`} style={{ width: '100%' }} />
          <div className="row">
            <a className="button" href={clip.url} download={clip.filename} aria-label={`Download clip of crying at ${when}`}>Download clip</a>
            {canDelete && !confirming && (
              <button type="button" onClick={() => setConfirming(true)} aria-label={`Delete clip of crying at ${when}`}>Delete clip</button>
            )}
          </div>
          {confirming && (
            <div className="row" role="group" aria-label={`Confirm deleting the clip of crying at ${when}`}>
              <span>Delete this clip for good? The episode stays.</span>
              <button type="button" className="primary" disabled={deleting} onClick={() => void remove()}>{deleting ? 'Deleting…' : 'Delete'}</button>
              <button type="button" disabled={deleting} onClick={() => setConfirming(false)}>Keep</button>
            </div>
          )}
        </>
      ) : (
        !error && <p className="muted" style={{ margin: 0, fontSize: 'var(--text-xs)' }}>Loading clip…</p>
      )}
      {error && <p className="error" role="alert" style={{ margin: 0 }}>{error}</p>}
    </div>
  );
}
