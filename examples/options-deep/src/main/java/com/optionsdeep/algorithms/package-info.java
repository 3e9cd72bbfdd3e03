/** Trading algorithms and their settings. Every entity here lives in the algorithms database. */
@Database("algorithms")
package com.optionsdeep.algorithms;

import dev.optionsdeep.migrate.Database;
