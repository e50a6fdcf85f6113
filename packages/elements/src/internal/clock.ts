// Time comes from an injectable clock everywhere in the kit, so tests, demos and Storybook can pin it.

/** Returns "now". */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
