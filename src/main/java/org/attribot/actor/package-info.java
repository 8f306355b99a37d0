/** The actor gazetteer: states, agencies and hacking groups by every name they go by, and where free text names them. */
package org.attribot.actor;
