/** The SQLite store engine: one repository per store port of the core, on one write connection and a pool of readers. */
package org.attribot.sqlite;
