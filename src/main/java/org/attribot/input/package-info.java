/** What users give attribot to read (statements, settings, lists, questions): faults in it told as sentences. */
package org.attribot.input;
