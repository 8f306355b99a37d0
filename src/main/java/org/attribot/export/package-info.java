/**
 * Claims out of attribot: the gold-format fields of a claim (JSON Lines and CSV) and STIX 2.1
 * bundles for CTI tools. Nothing here reads the store or the command line: callers hand in
 * the claims and their statements.
 */
package org.attribot.export;
