// Angular's packages are partially compiled; outside the CLI build their declarations are
// compiled just in time, which needs the compiler loaded first.
require('@angular/compiler');
