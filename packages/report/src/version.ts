/** This package's version, reported as the SARIF tool version. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';
