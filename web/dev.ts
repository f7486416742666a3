/**
 * The dashboard with live reload: `npm run dev:web`, API calls forwarded to a running
 * `dyad serve` (DYAD_API, default http://127.0.0.1:8080). Open the printed URL + /app/.
 */
import { createServer } from 'vite';
import { dashboardConfig } from './config.ts';

const server = await createServer(dashboardConfig());
await server.listen();
server.printUrls();
