export const SDK_NAME = '@gepi/sdk';
