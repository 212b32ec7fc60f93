export declare function ensureDatabase(url: string): Promise<void>;
export declare function dropDatabase(url: string): Promise<void>;
