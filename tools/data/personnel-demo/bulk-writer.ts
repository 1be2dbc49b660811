import { type EntityClass, type EntityManager, type EntityProperty, type Knex, type RequiredEntityData } from '@mikro-orm/postgresql';

// Rows held before they are written (a few villages' worth).
const FLUSH_AT = 25_000;
// Rows per INSERT: each column travels as one array parameter, so only the statement size limits it.
const ROWS_PER_STATEMENT = 10_000;

type Batch = [EntityClass<object>, object[]][];
type Column = { name: string; type: string; json: boolean };

/**
 * Collects rows of several tables and writes them in bulk, table by table in the order given, so
 * a row's parent is always written before it: every table's pending rows go out together once
 * enough have gathered, and are written while the caller generates the next batch (call
 * `flushIfFull` between villages); `flush` waits for everything. Nothing enters the identity map.
 *
 * Rows are typed as the entity's data; columns and SQL types come from the entity's metadata.
 * Each INSERT sends one array per column (`insert ... select * from unnest($1::uuid[], ...)`):
 * three times faster than insertMany's multi-row VALUES, which PostgreSQL parses row by row.
 */
export class BulkWriter {
  private readonly pending = new Map<EntityClass<object>, object[]>();
  private buffered = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;
  /** Rows written per table, parents first. */
  readonly written = new Map<string, number>();

  constructor(
    private readonly em: EntityManager,
    parentsFirst: readonly EntityClass<object>[],
  ) {
    for (const entity of parentsFirst) {
      this.pending.set(entity, []);
      this.written.set(this.em.getMetadata().get(entity.name).tableName, 0);
    }
  }

  add<T extends object>(entity: EntityClass<T>, rows: readonly RequiredEntityData<T>[]): void {
    const queue = this.pending.get(entity);
    if (!queue) throw new Error(`${entity.name} is not one of the writer's tables`);
    for (const row of rows) queue.push(row);
    this.buffered += rows.length;
  }

  /** Starts writing the pending rows once enough have gathered (after the previous batch is written). */
  async flushIfFull(): Promise<void> {
    if (this.buffered >= FLUSH_AT) {
      await this.settled();
      this.start();
    }
    // Lets the driver's I/O run, so the batch in flight moves on while the caller generates.
    await new Promise((resolve) => setImmediate(resolve));
  }

  async flush(): Promise<void> {
    await this.settled();
    this.start();
    await this.settled();
  }

  private start(): void {
    const batch: Batch = [];
    for (const [entity, rows] of this.pending) {
      if (rows.length) batch.push([entity, rows.splice(0)]);
    }
    this.buffered = 0;
    this.writing = this.write(batch).catch((error: unknown) => {
      this.failure ??= { error };
    });
  }

  private async settled(): Promise<void> {
    await this.writing;
    if (this.failure) throw this.failure.error;
  }

  private async write(batch: Batch): Promise<void> {
    for (const [entity, rows] of batch) {
      const meta = this.em.getMetadata().get(entity.name);
      const columns = Object.keys(rows[0]).map((key) => columnOf(meta.properties[key as keyof typeof meta.properties] as EntityProperty | undefined, key, entity.name));
      const sql =
        `insert into "${meta.tableName}" (${columns.map((column) => `"${column.name}"`).join(', ')}) ` +
        `select * from unnest(${columns.map((column) => `?::${column.type}[]`).join(', ')})`;
      const keys = Object.keys(rows[0]);
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as Record<string, unknown>[];
        const arrays = keys.map((key, index) => arrayLiteral(chunk.map((row) => row[key]), columns[index].json));
        try {
          await this.knex().raw(sql, arrays);
        } catch (error) {
          throw new Error(`inserting ${meta.tableName} rows failed: ${error instanceof Error ? error.message.slice(-500) : String(error)}`, { cause: error });
        }
      }
      this.written.set(meta.tableName, (this.written.get(meta.tableName) ?? 0) + rows.length);
    }
  }

  // The entity manager's transaction when it is in one.
  private knex(): Knex {
    return this.em.getTransactionContext<Knex.Transaction>() ?? this.em.getKnex();
  }
}

function columnOf(property: EntityProperty | undefined, key: string, entity: string): Column {
  if (!property || property.persist === false || property.fieldNames?.length !== 1) throw new Error(`${entity}.${key} is not a column the writer can fill`);
  const type = property.columnTypes[0];
  return { name: property.fieldNames[0], type, json: type === 'json' || type === 'jsonb' };
}

/** A PostgreSQL array literal of the values as text: `{"a","b",NULL}`. */
function arrayLiteral(values: readonly unknown[], json: boolean): string {
  const items = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    const text = json ? JSON.stringify(value) : value instanceof Date ? value.toISOString() : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}
