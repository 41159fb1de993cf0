declare const __PCLOGIN_VERSION__: string;

/** The version of @pclogin/console, injected at build time. */
export const VERSION: string = __PCLOGIN_VERSION__;
