// Every endpoint of the contract, implemented: the table the app mounts.
import { adminRoutes } from './admin.js';
import { catalogRoutes } from './catalog.js';
import { handlerRoutes } from './handlers.js';
import { queryRoutes } from './queries.js';
import { registrationRoutes } from './registration.js';
import { signInRoutes } from './sign-in.js';
import { templateRoutes } from './templates.js';
import type { RouteTable } from './types.js';

export const routes: RouteTable = {
  ...catalogRoutes,
  ...signInRoutes,
  ...registrationRoutes,
  ...handlerRoutes,
  ...templateRoutes,
  ...queryRoutes,
  ...adminRoutes,
};
