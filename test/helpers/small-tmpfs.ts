import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small file system that can be filled up or made read-only: a tmpfs mounted on a fresh
 * directory. Mounting needs root (CAP_SYS_ADMIN); `tmpfsRefusal()` says why a machine refuses,
 * so the tests that need one are skipped by name with that reason.
 */
export interface SmallTmpfs {
  dir: string;
  /** Writes a filler file until the file system is full (ENOSPC); resolves with its path. */
  fill(): string;
  /** Remounts read-only or read-write. */
  remount(mode: 'ro' | 'rw'): void;
  unmount(): void;
}

let refusal: string | null | undefined;

/** Why mounting a tmpfs fails here, or null when it works (probed once, by mounting one). */
export function tmpfsRefusal(): string | null {
  if (refusal === undefined) {
    try {
      mountSmallTmpfs(64 * 1024).unmount();
      refusal = null;
    } catch (err) {
      refusal = String((err as { stderr?: unknown }).stderr || (err as Error).message).trim().split('\n')[0]!;
    }
  }
  return refusal;
}

export function mountSmallTmpfs(bytes: number): SmallTmpfs {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0777`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dir,
    fill() {
      const path = join(dir, 'filler');
      const fd = openSync(path, 'w');
      const chunk = Buffer.alloc(16 * 1024, 0x5a);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as { code?: string }).code !== 'ENOSPC') throw err;
        // The last partial chunk: leave not one byte.
        try {
          for (;;) writeSync(fd, chunk, 0, 1);
        } catch {
          /* full */
        }
      } finally {
        closeSync(fd);
      }
      return path;
    },
    remount(mode) {
      execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
