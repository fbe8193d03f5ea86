import { RegionLevel } from '@sinergi/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The Kemendagri catalogue: every region that can become a tenant. */
@Entity({ schema: 'platform', name: 'regions' })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: RegionLevel;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode!: string;

  @Column({ name: 'province_name', type: 'text' })
  provinceName!: string;

  @Column({ type: 'integer' })
  population!: number;
}
