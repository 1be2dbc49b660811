// Placeholder: replaced by the real setup (Kafka broker, template databases).
export default async function globalSetup(): Promise<void> {}
