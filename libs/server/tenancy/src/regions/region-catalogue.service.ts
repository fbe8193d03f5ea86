import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, Region, REGION_LEVELS, RegionLevel, RegionQuery, RegionSort } from '@sinergi/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { RegionEntity } from '../entities/region.entity';
import { TenantEntity } from '../entities/tenant.entity';
import { pageOf, pageWindow } from '@sinergi/server/core';
import { sortOrders } from '../http/sort-orders';

/** The catalogue ships with the code (regions.csv, MIT, see LICENSE beside it). */
export const REGION_CATALOGUE_FILE = join(__dirname, 'wilayah', 'regions.csv');

export function parseRegionCatalogue(csv: string): RegionEntity[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  if (header !== 'code,level,name,province_code,province_name,population') {
    throw new Error(`Unexpected region catalogue header: ${header}`);
  }
  return lines.map((line, index) => {
    const [code, level, name, provinceCode, provinceName, population] = line.split(',');
    if (!code || !name || !provinceCode || !provinceName || !(REGION_LEVELS as readonly string[]).includes(level ?? '')) {
      throw new Error(`Region catalogue line ${index + 2} is malformed: ${line}`);
    }
    return Object.assign(new RegionEntity(), {
      code,
      level: level as RegionLevel,
      name,
      provinceCode,
      provinceName,
      population: Number(population),
    });
  });
}

@Injectable()
export class RegionCatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Upserts the shipped catalogue; idempotent, run by every migrate. */
  async sync(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const regions = parseRegionCatalogue(readFileSync(REGION_CATALOGUE_FILE, 'utf8'));
    await manager.query(
      `insert into platform.regions (code, level, name, province_code, province_name, population)
       select * from unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[], $5::text[], $6::int[])
       on conflict (code) do update set level = excluded.level, name = excluded.name,
         province_code = excluded.province_code, province_name = excluded.province_name,
         population = excluded.population`,
      [
        regions.map((r) => r.code),
        regions.map((r) => r.level),
        regions.map((r) => r.name),
        regions.map((r) => r.provinceCode),
        regions.map((r) => r.provinceName),
        regions.map((r) => r.population),
      ],
    );
    return regions.length;
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<RegionEntity | null> {
    return manager.getRepository(RegionEntity).findOneBy({ code });
  }

  async list(query: RegionQuery): Promise<Page<Region>> {
    const { page, pageSize, offset } = pageWindow(query);
    const builder = this.dataSource
      .getRepository(RegionEntity)
      .createQueryBuilder('region')
      .leftJoin(TenantEntity, 'tenant', 'tenant.region_code = region.code')
      .select([
        'region.code as code',
        'region.level as level',
        'region.name as name',
        'region.province_code as "provinceCode"',
        'region.province_name as "provinceName"',
        'region.population as population',
        'tenant.slug as tenant',
      ]);
    if (query.q) {
      builder.andWhere('(region.name ilike :q or region.code like :prefix or region.province_name ilike :q)', {
        q: `%${escapeLike(query.q)}%`,
        prefix: `${escapeLike(query.q)}%`,
      });
    }
    if (query.level) builder.andWhere('region.level = :level', { level: query.level });
    if (query.provinceCode) builder.andWhere('region.province_code = :province', { province: query.provinceCode });
    const total = await builder.getCount();
    const { column, direction } = REGION_ORDER[query.sort ?? 'code'];
    builder.orderBy(column, direction);
    // The key breaks ties (equal provinces or populations keep one order across pages); TypeORM keys
    // orderings by expression, so the key's own sort must not be overwritten by it.
    if (column !== 'region.code') builder.addOrderBy('region.code', 'ASC');
    const items = await builder
      .offset(offset)
      .limit(pageSize)
      .getRawMany<Region>();
    return pageOf(items, page, pageSize, total);
  }
}

/** The whitelist behind `sort`: a column name never reaches SQL from the request. */
const REGION_COLUMNS = { code: 'region.code', name: 'region.name', province: 'region.province_name', population: 'region.population' } as const;

const REGION_ORDER = sortOrders<RegionSort>(REGION_COLUMNS);

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
