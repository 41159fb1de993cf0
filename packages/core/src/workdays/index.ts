// Public exports of this area, by name.
export {};
