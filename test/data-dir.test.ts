import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDataDirProblem } from '../src/data-dir.ts';
import { DataDirError, prepareDataDir } from '../src/index.ts';
import { tempDir } from './support/temp-dir.ts';

const temp = () => tempDir('data-dir-');

function failure(dir: string): DataDirError {
  try {
    prepareDataDir(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DataDirError);
    return error as DataDirError;
  }
  throw new Error(`expected DATA_DIR=${dir} to be refused`);
}

describe('prepareDataDir', () => {
  it('creates every missing level and returns the absolute path', () => {
    const root = temp();
    const dir = join(root, 'a', 'b', 'c');
    expect(prepareDataDir(dir)).toBe(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(prepareDataDir(dir)).toBe(dir);
  });

  it('resolves a relative DATA_DIR against the working directory', () => {
    expect(prepareDataDir(join('.', 'node_modules'))).toBe(resolve('node_modules'));
  });

  it('names DATA_DIR and the file in the way when the path runs through a file', () => {
    const root = temp();
    writeFileSync(join(root, 'notes'), 'x');
    expect(failure(join(root, 'notes', 'data')).message).toBe(
      `DATA_DIR=${join(root, 'notes', 'data')}: ${join(root, 'notes')} is a file, not a directory (ENOTDIR). Set DATA_DIR to a directory this user can write.`,
    );
    expect(failure(join(root, 'notes')).message).toContain(
      `${join(root, 'notes')} is a file, not a directory`,
    );
  });

  it.runIf(existsSync('/proc/self'))('refuses a path under /proc instead of spinning in mkdir -p', () => {
    expect(failure('/proc/bot-data').message).toBe(
      'DATA_DIR=/proc/bot-data: /proc/bot-data cannot be created there (ENOENT). Set DATA_DIR to a directory this user can write.',
    );
  });

  it('says which user may not write where, for a permission error', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(describeDataDirProblem('/srv/bot', '/srv', denied)).toMatch(
      /^DATA_DIR=\/srv\/bot: user id \d+ may not create or write \/srv \(EACCES\)\. Set DATA_DIR/,
    );
  });
});
