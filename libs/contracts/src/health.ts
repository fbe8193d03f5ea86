export type HealthCheckState = 'up' | 'down';
export type HealthResponse = {
  status: 'ok' | 'error';
  checks: { database: HealthCheckState; redis: HealthCheckState };
};
