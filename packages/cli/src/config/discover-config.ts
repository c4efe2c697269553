import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadConfigFile, type LoadedConfig } from './load-config.js';

/** Config file names in the order they win within one folder. */
export const CONFIG_FILE_NAMES = ['kindling.config.json', 'kindling.config.yaml', 'kindling.config.yml', 'package.json'] as const;

export type FoundConfig = LoadedConfig & {
  /** The config file, or undefined when none was found and the defaults apply. */
  path?: string;
};

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Finds the config nearest to each linted file, walking up from its folder. Each folder is
 * looked at once per run, however many files it holds.
 */
export class ConfigLocator {
  readonly #byFolder = new Map<string, Promise<FoundConfig>>();

  forFolder(folder: string): Promise<FoundConfig> {
    let found = this.#byFolder.get(folder);
    if (!found) {
      found = this.#search(folder);
      this.#byFolder.set(folder, found);
    }
    return found;
  }

  forFile(path: string): Promise<FoundConfig> {
    return this.forFolder(dirname(path));
  }

  async #search(folder: string): Promise<FoundConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (!(await exists(path))) continue;
      const loaded = await loadConfigFile(path);
      if (loaded) return { ...loaded, path };
    }
    const parent = dirname(folder);
    return parent === folder ? { config: {} } : this.forFolder(parent);
  }
}
