import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A git command failed: not a repository, an unknown ref. */
export class GitError extends Error {
  override readonly name = "GitError";
}

async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(" ")}: ${stderr || (error as Error).message}`);
  }
}

/** The file's content at a ref, or `undefined` when the ref exists but the file did not. */
export async function fileAtRef(root: string, ref: string, path: string): Promise<string | undefined> {
  await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).catch(() => {
    throw new GitError(`unknown git ref "${ref}"`);
  });
  try {
    return await git(root, ["show", `${ref}:${path}`]);
  } catch {
    return undefined;
  }
}

/** The release tags changesets made for a package (`name@version`), oldest first. */
export async function releaseTags(root: string, packageName: string): Promise<string[]> {
  const out = await git(root, ["tag", "--list", `${packageName}@*`, "--sort=version:refname"]);
  return out.split("\n").filter((tag) => tag !== "");
}

/** The most recent release tag reachable from HEAD, or `undefined` when there is none yet. */
export async function latestReleaseTag(root: string): Promise<string | undefined> {
  try {
    return (await git(root, ["describe", "--tags", "--abbrev=0", "--match", "*@*"])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The repository's top folder. */
export async function repositoryRoot(cwd: string): Promise<string> {
  return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
}
