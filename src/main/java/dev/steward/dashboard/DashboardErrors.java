package dev.steward.dashboard;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers a dashboard filter that cannot be read with a 400 page naming it. */
@ControllerAdvice(basePackageClasses = DashboardErrors.class)
class DashboardErrors {

	@ExceptionHandler(LogFilter.BadFilter.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badFilter(LogFilter.BadFilter bad, Locale locale, Model model) {
		model.addAttribute("field", bad.field());
		model.addAttribute("reason", bad.describe(ViewerLocale.words(locale)));
		return "dashboard/bad-filter";
	}

}
