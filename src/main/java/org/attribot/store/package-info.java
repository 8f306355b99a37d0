/** What every store port may throw, whatever the engine behind it (the ports themselves belong to the features that use them). */
package org.attribot.store;
