import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // The page imports ../portal, and the project's one lockfile is a folder up: that folder is the root.
  turbopack: { root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') },
};
