declare const __FIREFOX__: boolean;
