export async function seedDemo(_deps: unknown): Promise<{ banner: string } | undefined> { return undefined; }
