import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A tenant table (no schema): the last number issued per document kind and fiscal year, and an
 * optional format override. Written only through DocumentNumbering's upserts; the entity exists so
 * the table is known to the data source (and for reads).
 */
@Entity({ name: 'document_sequences' })
export class DocumentSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind!: string;

  /** 0: the kind's format for every year without its own. */
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' })
  fiscalYear!: number;

  @Column({ name: 'last_value', type: 'integer', default: 0 })
  lastValue!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  format!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
